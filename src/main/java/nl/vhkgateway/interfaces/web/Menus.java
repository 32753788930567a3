package nl.vhkgateway.interfaces.web;

import java.util.List;

import nl.vhkgateway.interfaces.web.view.Page.MenuItem;

/** The menu of each role, and the line that says who is logged in. */
public final class Menus {

    private Menus() {
    }

    public static List<MenuItem> of(ConsoleRole role) {
        return switch (role) {
            case DEELNEMER -> List.of(
                    new MenuItem("/console/deelnemer/kaart-controleren", "Kaart controleren"),
                    new MenuItem("/console/deelnemer/lege-kaart", "Lege kaart"),
                    new MenuItem("/console/deelnemer/inzendingen", "Mijn inzendingen"),
                    new MenuItem("/console/deelnemer/toestemming", "Toestemming"),
                    new MenuItem("/console/deelnemer/overdrachten", "Overdrachten"),
                    new MenuItem("/console/deelnemer/uitkomst", "Uitkomsten"),
                    new MenuItem("/console/deelnemer/agenda-feed", "Agenda-feed"));
            case VOORZITTER -> List.of(
                    new MenuItem("/console/voorzitter/kaarten", "Binnengekomen kaarten"),
                    new MenuItem("/console/voorzitter/planning", "Planning"),
                    new MenuItem("/console/voorzitter/uitkomst", "Uitkomsten"),
                    new MenuItem("/console/voorzitter/quarantaine", "Quarantaine"),
                    new MenuItem("/console/voorzitter/agenda-feed", "Agenda-feed"));
            case BEHEERDER -> List.of(
                    new MenuItem("/console/beheer/organisaties", "Organisaties"),
                    new MenuItem("/console/beheer/deelnemers", "Vaste deelnemers"),
                    new MenuItem("/console/beheer/quarantaine", "Quarantaine"),
                    new MenuItem("/console/beheer/fouten", "Fouten"),
                    new MenuItem("/console/beheer/audit", "Auditlog"),
                    new MenuItem("/console/beheer/gezondheid", "Gezondheid"),
                    new MenuItem("/console/beheer/besprekingsdagen", "Besprekingsdagen"),
                    new MenuItem("/console/beheer/agenda-feed", "Agenda-feed"));
        };
    }

    /** The first page of a role. */
    public static String home(ConsoleRole role) {
        return of(role).get(0).path();
    }

    public static String userLine(ConsoleUser user) {
        return "Ingelogd als " + user.login() + " (" + user.role().dutchName()
                + (user.organisationName().isEmpty() ? "" : ", " + user.organisationName()) + ")";
    }
}
