package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 (t20-cards): a surname in a file name. An attachment's name is read with spaces for underscores
 * ("VHK_Mulder_J2012_01122026.docx" as "VHK Mulder J2012 01122026.docx"); a file name is no sentence, so the person
 * slots of the sentence rules never open there, and a frequent surname that is also a Dutch word ("Mulder", "Bakker",
 * "Visser") or a surname after a particle ("de Vries", "van Dam") passed, while a surname that is no word ("Jansen")
 * was refused by the lists. In a text that is one file name (one line that ends in ".docx", ".doc", ".pdf", ".odt" or
 * ".rtf", also a mail's ".msg"/".eml" or a picture's) that names a card (a card word or an initial with a year, see
 * {@link #cardMarker}), a capitalised word (not all capitals) is a name when:
 * <ul>
 * <li>{@code frequent-word-surnames.txt} holds it ("Mulder", "Kuiper"), or holds "de" with it after "de"/"De"
 * ("de Vries", "De Jong"; this pair also where the word alone is a village: Vries);</li>
 * <li>or a particle stands right before it and a surname list holds it, a word no dictionary holds ("van Wijnen",
 * "ter Horst"; not "van de Zomer", "van School": nouns, review).</li>
 * </ul>
 * Never a word of an organisation the detector already covers ("Veilig Thuis"), a place of a list, also one opened by
 * a particle ("VHK_Bergen_J2012", "VHK_De_Bilt_J2012", "VHK_Den_Helder_J2012" stay as they were: a family named like
 * a listed place still passes in a file name), the part after a particle joined by a hyphen to the word before it
 * ("VHK_IJ2012_Reusel-De Mierden.docx": a hyphenated place), a kin word, role or title. Stateless.
 */
final class SurnameInFileName {

    /** The extensions of documents a card or its letters travel as. */
    private static final Set<String> EXTENSIONS = WordSets.of("docx", "doc", "docm", "pdf", "odt", "rtf", "msg",
            "eml", "jpg", "jpeg", "png", "heic");
    /** Nouns of a document's title after "van (de)": a season, a court, a school, the post (review revallow). */
    private static final Set<String> DOCUMENT_NOUNS = WordSets.of("rechter", "rechtbank", "school", "zomer", "winter",
            "lente", "herfst", "post", "raad", "gemeente", "politie", "kaart", "week", "maand", "dag", "jaar", "huis");
    /** Words that link the parts of a place's name ("Bos en Lommer", "Alphen aan den Rijn", "Bergen op Zoom"). */
    private static final Set<String> PLACE_LINKS = WordSets.of("en", "aan", "op", "bij", "in", "over", "de", "den",
            "der", "het", "ter", "ten", "sint");
    /** Words that name a card in its file name. */
    private static final Set<String> MARKERS = WordSets.of("vhk", "vht", "veiligheidskaart", "kaart", "inbreng");
    private static final java.util.regex.Pattern INITIAL_YEAR = java.util.regex.Pattern.compile(
            "\\p{Lu}{1,2}(?:19|20)\\d\\d");

    private SurnameInFileName() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        if (!fileName(tokens) || !cardMarker(tokens)) {
            return;
        }
        // round 21: a name written all in lower case or all in capitals says nothing by its case
        boolean oneCase = oneCase(tokens);
        for (int k = 0; k < tokens.size() - 2; k++) {
            Token t = tokens.get(k);
            boolean bracketed = bracketed(tokens, k);
            if (flag[k] || !t.isWord() || t.text().length() < 2
                    || !(t.capitalised() && !t.allCaps() || oneCase && !marker(t))) {
                continue;
            }
            String lower = WordLists.lower(t.text());
            String particle = k > 0 && tokens.get(k - 1).isWord() ? tokens.get(k - 1).lower() : "";
            // round 21: "de Graaf", "de Koning": a surname of an office or trade with its "de", also where the pair
            // is a hamlet of the place lists or the word alone a role or an organisation's word ("Koning")
            if (particle.equals("de") && !coveredOrganisation[k - 1]
                    && SurnameBetweenHomes.officeOrTradeSurname("de " + lower) && !inPlacePhrase(tokens, k, words)) {
                flag[k - 1] = true;
                flag[k] = true;
                continue;
            }
            if (coveredOrganisation[k] && !bracketed) {
                continue;
            }
            if (words.isKinOrRole(lower) || words.isTitle(lower)
                    || bracketed && words.allowed().containsWord(lower)) {
                continue;
            }
            // round 21: "Post-its", "Groen-Links": the first part of a hyphenated word
            boolean hyphenFirst = k + 1 < tokens.size() && tokens.get(k + 1).is('-') && !tokens.get(k + 1).spaceBefore();
            // "de Vries": the pair is the frequent surname, also where the word alone is a village (Vries)
            boolean dePair = particle.equals("de") && SurnameBeforeOrganisationCall.frequentWordSurname("de " + lower);
            // not a place, also not one that opens with a particle ("De Bilt", "Den Helder", "Ter Apel")
            boolean notPlace = !place(lower, words) && (particle.isEmpty() || !place(particle + " " + lower, words))
                    && !inPlacePhrase(tokens, k, words); // review: "VHK Bos en Lommer J2012" (a district)
            boolean frequent = SurnameBeforeOrganisationCall.frequentWordSurname(lower) && notPlace;
            // "van Dam"; not the particle of a hyphenated place ("Reusel-De Mierden", "Vleuten-De Meern")
            boolean hyphenated = k >= 2 && tokens.get(k - 2).is('-') && !tokens.get(k - 1).spaceBefore();
            // (review: "van de Zomer", "van School", "van de Rechter" are the nouns of a document's title, not a name;
            // "van Dam", "van Wijk", "van de Ven" are dictionary words too and stay names)
            boolean afterParticle = !particle.isEmpty() && words.isTussenvoegsel(particle) && words.isSurname(t.text())
                    && !DOCUMENT_NOUNS.contains(lower) && notPlace && !hyphenated;
            // round 21: an office, trade or noun surname ("Koster", "Kok", "Groen", "Post"), not after a particle
            // ("van de Post" is a document's title); in one case also a listed surname that is no word ("jansen")
            boolean noParticle = particle.isEmpty() || !words.isTussenvoegsel(particle);
            boolean wordSurname = noParticle && notPlace && !hyphenFirst && !lower.contains("-")
                    && SurnameBetweenHomes.wordSurname(lower, words) && !words.allowed().containsWord(lower);
            boolean noWord = oneCase && noParticle && notPlace && !hyphenFirst && lower.length() >= 4
                    && words.isSurname(NameClassifier.capitalise(lower)) && !words.isWord(lower)
                    && !words.allowed().containsWord(lower) && !words.isFirstName(NameClassifier.capitalise(lower));
            if (dePair || frequent || afterParticle || wordSurname || noWord) {
                flag[k] = true;
            }
        }
    }

    /**
     * The name is a card's ("VHK", "VHT", "veiligheidskaart", "kaart", "inbreng") or carries an initial with a birth
     * year ("J2012", "IJ2012"): review, a letter's or an invoice's name ("Factuur Bouwbedrijf Bakker.pdf", "Vos en Haas
     * leesverslag.pdf") holds organisations and titles, not a family's name by convention.
     */
    private static boolean cardMarker(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && (MARKERS.contains(t.lower()) || INITIAL_YEAR.matcher(t.text()).matches()
                    || oneCase(tokens) && INITIAL_YEAR.matcher(t.text().toUpperCase(java.util.Locale.ROOT)).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Round 21: "VHK (Visser) J2012.docx": one word alone in brackets (an acronym's bracket covers it otherwise). */
    private static boolean bracketed(List<Token> tokens, int k) {
        return k >= 1 && k + 1 < tokens.size() && tokens.get(k - 1).is('(') && tokens.get(k + 1).is(')');
    }

    /** Round 21: every word before the extension in lower case, or every one in capitals ("vhk mulder j2012"). */
    private static boolean oneCase(List<Token> tokens) {
        boolean lower = true;
        boolean upper = true;
        int words = 0;
        for (int k = 0; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.hasDigit() && t.text().length() > 1 && !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            String letters = t.text().replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty()) {
                continue;
            }
            words++;
            lower &= letters.equals(WordLists.lower(letters));
            upper &= letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
        }
        return words >= 2 && (lower || upper);
    }

    /** A card word or the youth's initial with a year, in any case ("vhk", "j2012"): never the name. */
    private static boolean marker(Token t) {
        return MARKERS.contains(t.lower()) || t.hasDigit()
                || INITIAL_YEAR.matcher(t.text().toUpperCase(java.util.Locale.ROOT)).matches();
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

    /**
     * The word is a part of a place of several words joined by links ("Bos en Lommer", "Bergen op Zoom"): a run of up to
     * five words through {@link #PLACE_LINKS} around it that a place list or the OpenTaal proper names hold.
     */
    private static boolean inPlacePhrase(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        for (int from = Math.max(0, k - 4); from <= k; from++) {
            for (int to = Math.max(k, from + 2); to < n && to <= from + 4; to++) {
                if (!words(tokens, from, to) || !linked(tokens, from, to)) {
                    continue;
                }
                String phrase = phrase(tokens, from, to);
                if (place(phrase, words) || words.isProperPhrase(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean words(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.get(i).isWord() || i > from && !tokens.get(i).spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i <= to; i++) {
            phrase.append(i > from ? " " : "").append(WordLists.lower(tokens.get(i).text()));
        }
        return phrase.toString();
    }

    /** Every word between the first and the last of the run is a link word. */
    private static boolean linked(List<Token> tokens, int from, int to) {
        boolean any = false;
        for (int i = from + 1; i < to; i++) {
            if (!PLACE_LINKS.contains(tokens.get(i).lower())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean place(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower)
                || words.isWater(lower) || VillageSurnames.contains(lower);
    }
}
