package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the registered partner a social worker means by what they wrote at "Overdracht aan". Only active
 * organisations count. In this order, the first rule that gives exactly one organisation wins:
 * <ol>
 *   <li>the partner's receiving mailbox address ("intake@veiligthuis.test");</li>
 *   <li>the organisation's name ("Veilig Thuis West-Brabant"), case, accents and punctuation ignored;</li>
 *   <li>the organisation's type ("Veilig Thuis", "RvdK", "GI", "Toegang", "gemeente"), when the text names one type:
 *       the only organisation of that type, or, among several, the one whose municipality or name the text also
 *       names ("Toegang Roosendaal"), or whose name contains the text ("William Schrikker");</li>
 *   <li>an organisation name that contains the text, or is contained in it.</li>
 * </ol>
 * Several matches are ambiguous; none is unknown. Stateless, thread-safe.
 */
public final class PartnerResolver {

    private static final Map<OrganisationType, List<String>> TYPE_WORDS = Map.of(
            OrganisationType.VEILIG_THUIS, List.of("veilig thuis", "vt"),
            OrganisationType.RVDK, List.of("raad voor de kinderbescherming", "rvdk", "rvk", "raad",
                    "kinderbescherming"),
            OrganisationType.GI, List.of("gecertificeerde instelling", "gi", "jeugdbescherming",
                    "william schrikker", "leger des heils"),
            OrganisationType.TOEGANG, List.of("toegang", "gemeente", "gemeentelijke toegang", "wijkteam",
                    "lokaal team", "sociaal team"));
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The outcome: exactly one partner, several, or none. */
    public sealed interface Resolution {
        record Found(Organisation organisation) implements Resolution {
        }

        record Ambiguous(List<Organisation> candidates) implements Resolution {
        }

        record Unknown() implements Resolution {
        }
    }

    public Resolution resolve(String written, List<Organisation> organisations) {
        Objects.requireNonNull(written, "written");
        List<Organisation> active = organisations.stream().filter(Organisation::active).toList();
        String text = HandoverInstructionsReader.normalise(written);
        if (text.isEmpty()) {
            return new Resolution.Unknown();
        }
        String address = written.strip().toLowerCase(java.util.Locale.ROOT);
        List<Organisation> byMailbox = active.stream()
                .filter(o -> o.receivingMailbox().value().equalsIgnoreCase(address)).toList();
        if (byMailbox.size() == 1) {
            return new Resolution.Found(byMailbox.get(0));
        }
        List<Organisation> byName = active.stream().filter(o -> words(o.name()).equals(text)).toList();
        if (byName.size() == 1) {
            return new Resolution.Found(byName.get(0));
        }
        Set<OrganisationType> types = typesNamedIn(text);
        if (types.size() == 1) {
            OrganisationType type = types.iterator().next();
            List<Organisation> ofType = active.stream().filter(o -> o.type() == type).toList();
            if (ofType.size() == 1) {
                return new Resolution.Found(ofType.get(0));
            }
            List<Organisation> narrowed = ofType.stream().filter(o -> namesPlaceOrName(text, o)).toList();
            if (narrowed.size() == 1) {
                return new Resolution.Found(narrowed.get(0));
            }
            List<Organisation> partialOfType = ofType.stream().filter(o -> contains(words(o.name()), text)).toList();
            if (partialOfType.size() == 1) {
                return new Resolution.Found(partialOfType.get(0));
            }
            if (!ofType.isEmpty()) {
                return new Resolution.Ambiguous(narrowed.isEmpty() ? ofType : narrowed);
            }
        }
        List<Organisation> partial = active.stream()
                .filter(o -> contains(words(o.name()), text) || contains(text, words(o.name()))).toList();
        if (partial.size() == 1) {
            return new Resolution.Found(partial.get(0));
        }
        return partial.isEmpty() ? new Resolution.Unknown() : new Resolution.Ambiguous(partial);
    }

    private static Set<OrganisationType> typesNamedIn(String text) {
        Set<OrganisationType> found = java.util.EnumSet.noneOf(OrganisationType.class);
        TYPE_WORDS.forEach((type, words) -> {
            for (String word : words) {
                if (contains(text, word)) {
                    found.add(type);
                }
            }
        });
        return found;
    }

    private static boolean namesPlaceOrName(String text, Organisation organisation) {
        List<String> names = new ArrayList<>();
        organisation.municipality().ifPresent(names::add);
        names.add(organisation.name());
        return names.stream().map(PartnerResolver::words).anyMatch(name -> contains(text, name));
    }

    /** Whole-word containment: "vt" is in "vt west" but not in "vtx". */
    private static boolean contains(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        return (" " + haystack + " ").contains(" " + needle + " ");
    }

    private static String words(String text) {
        return SPACES.matcher(HandoverInstructionsReader.normalise(text)).replaceAll(" ");
    }

    /** The names of the active partners, for a Dutch message that lists them. */
    public static List<String> names(List<Organisation> organisations) {
        return organisations.stream().filter(Organisation::active).map(Organisation::name).sorted().toList();
    }
}
