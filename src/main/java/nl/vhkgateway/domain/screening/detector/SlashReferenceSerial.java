package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 15: a reference of letter groups joined by slashes that ends in a serial number of three or four digits
 * ("Ref. Odion ODN/CL/1993", "kenmerk JZ/DOS/0448"): with a record label in its sentence (the caller's test) it is a
 * person's file at an organisation, as the longer ones are ("SJB/2026/0661"). A final group that is a year of
 * this century up to next year is the year of an organisation's own letter or publication ("kenmerk RIS/SD/2026",
 * "referentie NJI/JGZ/2024") and stays allowed; so do codes with a hyphen ("ISO/IEC-2700") and codes without a
 * second letter group ("Wmo/2025"). Stateless and thread-safe.
 */
final class SlashReferenceSerial {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z]{1,5}(?:/[A-Za-z]{1,5}){1,3}/(\\d{3,4})[A-Za-z]?");

    private SlashReferenceSerial() {
    }

    /** Whether the code has the shape and its last number is no year from 2000 to the year after the card's. */
    static boolean serial(String code, int cardYear) {
        Matcher m = SHAPE.matcher(code);
        if (!m.matches()) {
            return false;
        }
        String digits = m.group(1);
        if (digits.length() == 4) {
            int year = Integer.parseInt(digits);
            return year < 2000 || year > cardYear + 1;
        }
        return true;
    }
}
