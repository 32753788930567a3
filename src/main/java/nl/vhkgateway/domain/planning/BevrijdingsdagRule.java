package nl.vhkgateway.domain.planning;

/**
 * Whether 5 May (Bevrijdingsdag) is a day off. It is a national public holiday every year; many collective
 * agreements give the day off only in lustrum years (divisible by 5: 2025, 2030, ...). The team does not meet on it
 * in any year (issue 4, ADR 0003), so {@link #EVERY_YEAR} is the default; the setting
 * {@code vhk.planning.bevrijdingsdag} switches it in one place.
 */
public enum BevrijdingsdagRule {
    /** A day off every year (default). */
    EVERY_YEAR,
    /** A day off only in years divisible by 5. */
    LUSTRUM_YEARS;

    public boolean isHoliday(int year) {
        return this == EVERY_YEAR || year % 5 == 0;
    }
}
