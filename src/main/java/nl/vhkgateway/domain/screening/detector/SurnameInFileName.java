package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 (t20-cards): a surname in a file name. An attachment's name is read with spaces for underscores
 * ("VHK_Mulder_J2012_01122026.docx" as "VHK Mulder J2012 01122026.docx"); a file name is no sentence, so the person
 * slots of the sentence rules never open there, and a frequent surname that is also a Dutch word ("Mulder", "Bakker",
 * "Visser") or a surname after a particle ("de Vries", "van Dam") passed, while a surname that is no word ("Jansen")
 * was refused by the lists. In a text that is one file name (one line that ends in ".docx", ".doc", ".pdf", ".odt" or
 * ".rtf"), a capitalised word (not all capitals) is a name when:
 * <ul>
 * <li>{@code frequent-word-surnames.txt} holds it ("Mulder", "Kuiper"), or holds "de" with it after "de"/"De"
 * ("de Vries", "De Jong"; this pair also where the word alone is a village: Vries);</li>
 * <li>or a particle stands right before it and a surname list holds it ("van Dam", "ter Horst").</li>
 * </ul>
 * Never a word of an organisation the detector already covers ("Veilig Thuis"), a place of a list, also one opened by
 * a particle ("VHK_Bergen_J2012", "VHK_De_Bilt_J2012", "VHK_Den_Helder_J2012" stay as they were: a family named like
 * a listed place still passes in a file name), a kin word, role or title. Stateless.
 */
final class SurnameInFileName {

    /** The extensions of documents a card or its letters travel as. */
    private static final Set<String> EXTENSIONS = WordSets.of("docx", "doc", "docm", "pdf", "odt", "rtf");

    private SurnameInFileName() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        if (!fileName(tokens)) {
            return;
        }
        for (int k = 0; k < tokens.size() - 2; k++) {
            Token t = tokens.get(k);
            if (flag[k] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 2
                    || coveredOrganisation[k]) {
                continue;
            }
            String lower = WordLists.lower(t.text());
            if (words.isKinOrRole(lower) || words.isTitle(lower)) {
                continue;
            }
            String particle = k > 0 && tokens.get(k - 1).isWord() ? tokens.get(k - 1).lower() : "";
            // "de Vries": the pair is the frequent surname, also where the word alone is a village (Vries)
            boolean dePair = particle.equals("de") && SurnameBeforeOrganisationCall.frequentWordSurname("de " + lower);
            // not a place, also not one that opens with a particle ("De Bilt", "Den Helder", "Ter Apel")
            boolean notPlace = !place(lower, words) && (particle.isEmpty() || !place(particle + " " + lower, words));
            boolean frequent = SurnameBeforeOrganisationCall.frequentWordSurname(lower) && notPlace;
            boolean afterParticle = !particle.isEmpty() && words.isTussenvoegsel(particle) && words.isSurname(t.text())
                    && notPlace; // "van Dam"
            if (dePair || frequent || afterParticle) {
                flag[k] = true;
            }
        }
    }

    /** One line that ends in a document's extension ("... .docx"). */
    private static boolean fileName(List<Token> tokens) {
        int n = tokens.size();
        if (n < 3 || !tokens.get(n - 2).is('.') || !tokens.get(n - 1).isWord()
                || !EXTENSIONS.contains(tokens.get(n - 1).lower()) || tokens.get(n - 2).spaceBefore()) {
            return false;
        }
        for (Token t : tokens) {
            if (t.is('\n')) {
                return false;
            }
        }
        return true;
    }

    private static boolean place(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower)
                || words.isWater(lower) || VillageSurnames.contains(lower);
    }
}
