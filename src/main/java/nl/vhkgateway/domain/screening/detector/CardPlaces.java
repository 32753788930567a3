package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-cards): a word the card itself uses as a place is a place in the other place positions of the
 * same card. {@link #learn} reads the card's own place phrases: one capitalised word right after "in" or "te" after a
 * residence verb or a visit noun ("woont in Zuidland", "wonen te Strijen", "huisbezoek in Elst"), or (round 22,
 * t22-cards) after a school noun in lower case ("basisschool in Ussen", "school in Lierop"), or (round 26, t26-new)
 * after a place label opening its line ("Woonplaats: Stokhasselt"), ending there (a punctuation mark or the end
 * follows). Round 22 also reads the learned word where a family member lives
 * ({@link ResidenceAfterFamilyMember}: "moeder (1979), Ussen;"). {@link #unflag} then clears that word where lists alone could not decide:
 * <ul>
 * <li>right after a lower-case visit or meeting noun, ending the entry ("moeder - huisbezoek Zuidland, 20-09-2026",
 * {@link VisitPlace}'s position, where a word of no place list stays a name: "huisbezoek Kooijdam");</li>
 * <li>right after an area-bound professional ("wijkagent", "wijkteam", "buurtcoach", "wijkverpleegkundige"), before a
 * comma, period, semicolon or the end ("Sociaal Team Overbetuwe, wijkagent Elst, Jeugdreclassering").</li>
 * <li>right after the card's title word "Veiligheidskaart" or "VHK" in a header or footer line, before a "|", dash,
 * comma or the end ("Veiligheidskaart Linschoten | VHT-2026-0082"; round 16, {@link #unflagAfterCardTitle}).</li>
 * </ul>
 * Guards: the learned word is never a listed given name, kin or role word, title or particle, and a word of a surname
 * list that no place list holds is learned only with the ending of a Dutch place name ("Zuidland", "Loosdrecht"; leak
 * review: "huisbezoek in Bakker" teaches nothing); a family apposition after the professional's word keeps it
 * ("wijkagent X, de oom van vader"); a title, initial or
 * "fam." never stands before the cleared word; no bracket or capitalised word follows it ("wijkagent Elst (vader)",
 * "wijkagent Elst Jansen"); and a word the card names elsewhere with person evidence stays a name (the detector
 * restores those after every clearing step). "wijkagent Jansen", "huisbezoek Jansen" stay refused: the card never uses
 * them as a place. Stateless.
 */
final class CardPlaces {

    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "te");
    private static final List<String> VISIT_ENDINGS = List.of("bezoek", "gesprek", "overleg");
    private static final List<String> AREA_PREFIXES = List.of("wijk", "buurt", "dorps");
    private static final int MIN_LENGTH = 3;
    /** Round 26 (t26-new): form labels whose value is the family's place ("Woonplaats: X" opening its line). */
    private static final Set<String> PLACE_LABELS = WordSets.of("woonplaats", "plaats", "wijk", "woonwijk",
            "stadsdeel");
    /** Round 23: practices named by their village ("huisarts Vaassen"), as the card's area professionals are. */
    private static final Set<String> PRACTICES = WordSets.of("huisarts", "huisartsen", "huisartsenpraktijk",
            "huisartspraktijk", "huisartsenpost", "tandarts", "tandartspraktijk", "apotheek", "fysiotherapeut",
            "fysiotherapie", "fysiopraktijk", "consultatiebureau", "gezondheidscentrum", "verloskundigenpraktijk",
            "poh", "poh-ggz", "praktijkondersteuner");
    /** Round 23: "heel Nes", "half Dokkum": the whole village. */
    private static final Set<String> WHOLE = WordSets.of("heel", "half");
    private static final Set<String> CARD_TITLES = WordSets.of("veiligheidskaart", "vhk");
    private static final Set<String> TITLE_ENDS = Set.of("|", "-", "–", ",");
    /** Round 25 (t25-held): the separators between the parts of a header line ("VHK - VERTROUWELIJK - X"). */
    private static final Set<String> SEPARATORS = Set.of("|", "-", "–");
    /** Round 25 (t25-held): a document's confidentiality label in a header line. */
    private static final Set<String> HEADER_LABELS = WordSets.of("vertrouwelijk", "confidentieel", "geheim", "intern");
    /** Elements that end Dutch place names (a surname of the lists is learned as a place only with one). */
    private static final List<String> TOPONYM_ENDINGS = List.of("drecht", "land", "dam", "burg", "dijk", "dorp",
            "veen", "wijk", "woude", "hoven", "kerk", "broek", "horst", "berg", "stein", "huizen", "zande", "sloot",
            "meer", "oord", "waard", "rade", "meent", "haven", "sluis", "zijl", "beek", "bosch", "wold", "werd",
            "hof", "gein", "gouw", "kamp", "brug", "donk", "rode", "laar", "hoek");

    private CardPlaces() {
    }

    /** Adds the card's own place words of one segment to {@code places}. */
    static void learn(List<Token> tokens, WordLists words, Set<String> places) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            Token prep = tokens.get(i - 1);
            Token verb = tokens.get(i - 2);
            if (!t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < MIN_LENGTH) {
                continue;
            }
            if (SiteNearPlace.afterSite(tokens, words, i)) {
                if ((i + 1 == n || closes(tokens.get(i + 1))) && siteVillage(t, words)) {
                    places.add(t.text()); // round 21: "woonboot aan de Vecht bij Loosdrecht."
                }
                continue;
            }
            boolean labelled = prep.is(':') && verb.isWord() && PLACE_LABELS.contains(verb.lower())
                    && (i == 2 || !tokens.get(i - 3).isWord()); // round 26 (t26-new): "Woonplaats: Stokhasselt"
            if (!labelled && (!prep.isWord() || !PLACE_PREPOSITIONS.contains(prep.lower())
                    || !verb.isWord() || verb.capitalised() && !verb.sentenceStart()
                    || !(residenceVerb(verb.lower()) || ends(verb.lower(), VISIT_ENDINGS)
                    || verb.lower().endsWith("school") && !verb.capitalised()))) {
                continue;
            }
            if (i + 1 < n && !closes(tokens.get(i + 1))) {
                continue; // "woont in Lage Vuursche", "woont in Elst bij oma": one word that ends the phrase
            }
            String lower = t.lower();
            if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || words.isKinOrRole(lower)
                    || words.isTitle(lower) || words.isTussenvoegsel(lower)) {
                continue;
            }
            if (listedNotPlace(t, words) && !toponymShape(lower)) {
                continue; // leak review: "huisbezoek in Bakker", "woont in Yilmaz" teach no place
            }
            places.add(t.text());
        }
    }

    /**
     * Round 21 (t21-cards): a place of the lists after "bij" and a site ({@link SiteNearPlace#afterSite}): a place of
     * the context list or a village of {@link VillageSurnames} ("bij Loosdrecht"), never a given name, kin or role
     * word, title or particle; a word of no place list teaches nothing ("een boerderij bij Jansen").
     */
    private static boolean siteVillage(Token t, WordLists words) {
        String lower = t.lower();
        return (words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower))
                && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower) && !words.isWeakName(lower)
                && !words.isKinOrRole(lower) && !words.isTitle(lower) && !words.isTussenvoegsel(lower);
    }

    /** A word of a surname or weak-name list that no place list holds. */
    static boolean listedNotPlace(Token t, WordLists words) {
        String lower = t.lower();
        return (words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(lower))
                || words.isWeakName(lower)) && !words.isPlaceInContext(lower) && !words.isVillage(lower);
    }

    /** Ends in an element of Dutch place names ("-drecht", "-land", "-dam", "-burg", "-meent", "-wijk" ...). */
    static boolean toponymShape(String lower) {
        for (String e : TOPONYM_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    static void unflag(List<Token> tokens, boolean[] flag, Set<String> places, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n && !places.isEmpty(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !places.contains(t.text())) {
                continue;
            }
            Token before = tokens.get(i - 1);
            if (practiceOrWhole(tokens, words, i) || teamOfPlace(tokens, words, i)) {
                flag[i] = false;
                continue;
            }
            if (!before.isWord() || before.capitalised()) {
                continue;
            }
            String lower = before.lower();
            boolean visit = ends(lower, VISIT_ENDINGS)
                    && (i + 1 == n || i + 2 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isNumber());
            boolean area = starts(lower, AREA_PREFIXES) && (i + 1 == n || closes(tokens.get(i + 1)))
                    && !(i + 1 < n && tokens.get(i + 1).is(')')) && !RelativeGuard.familyAfter(tokens, words, i);
            if (visit || area) {
                flag[i] = false;
            }
        }
        unflagAfterCardTitle(tokens, flag, places);
    }

    /**
     * Round 23 (t23-cards): a word the card itself uses as a place after a practice that a village names
     * ("Sociaal Team Epe, leerplicht, huisarts Vaassen, schuldhulp", "Huisarts Dokkum, gebiedsteam Dokkum": the GP of
     * the village, as "wijkagent Elst" is the village's police officer) or after "heel"/"half" (the whole village:
     * "niet dat heel Nes het weet"). The practice word is lower case, or capitalised opening the sentence or an item of
     * a list; after it the word ends the item (a comma, period, semicolon or the end; no bracket: "huisarts Vaassen
     * (oom)", no family apposition: "huisarts Vaassen, de broer van vader"); after "heel"/"half" a lower-case word or
     * the end follows. A title, initial or name never stands between. "huisarts Vermeulen" and "huisarts Dokkum" on a
     * card that never uses Dokkum as a place stay refused (the Decisions: a named GP is a name).
     */
    private static boolean practiceOrWhole(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        Token before = tokens.get(i - 1);
        if (!before.isWord() || before.allCaps()) {
            return false;
        }
        String lower = before.lower();
        if (WHOLE.contains(lower) && !before.capitalised()) {
            return i + 1 == n || tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised()
                    || closes(tokens.get(i + 1)) && !tokens.get(i + 1).is(')');
        }
        if (!PRACTICES.contains(lower)) {
            return false;
        }
        if (before.capitalised() && !(before.sentenceStart() || i == 1 || listItemStart(tokens, i - 1))) {
            return false;
        }
        return (i + 1 == n || closes(tokens.get(i + 1)) && !tokens.get(i + 1).is(')'))
                && !RelativeGuard.familyAfter(tokens, words, i);
    }

    /**
     * Round 25 (t25-new): a word the card itself uses as a place after a capitalised ordinary word that opens the
     * segment, sentence or list item and that no name list holds, the place closing the item ("Krachtig Vianen:
     * overdrachtsgesprek", a comment's author "Samenkracht Vianen"): an organisation's team named by its place, as "huisarts
     * Vaassen" is the village's GP. Stays a name: a word of a name list before it ("Bakker Vianen", "Kees Vianen"), a kin
     * word, role or title ("Buurman Vianen", "Juf Vianen"), a word in capitals, a bracket or family apposition after it,
     * a word the card never uses as a place.
     */
    private static boolean teamOfPlace(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        Token before = tokens.get(i - 1);
        if (!before.isWord() || !before.capitalised() || before.allCaps() || before.text().length() < 3
                || !(before.sentenceStart() || listItemStart(tokens, i - 1))) {
            return false;
        }
        String lower = before.lower();
        if (!words.isWord(lower) || words.isName(before.text()) || words.isWeakName(lower)
                || words.isFirstNameLower(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || NameClassifier.isFunctionWord(lower)) {
            return false;
        }
        return (i + 1 == n || tokens.get(i + 1).is(':') || closes(tokens.get(i + 1)) && !tokens.get(i + 1).is(')'))
                && !RelativeGuard.familyAfter(tokens, words, i);
    }

    /** The word follows a comma, semicolon, colon or a list's dash or bullet. */
    private static boolean listItemStart(List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        Token b = tokens.get(k - 1);
        return b.is(',') || b.is(';') || b.is(':') || b.is('-') || b.is('•') || b.is('|');
    }

    /**
     * Round 16 (r16-cards): the card's title in a header or footer names its area ("Veiligheidskaart Linschoten |
     * VHT-2026-0082", "VHK Vianen - vertrouwelijk"): a word the card itself uses as a place ({@link #learn}) right after
     * the capitalised title word "Veiligheidskaart" or "VHK", and before a "|", "-", "–", comma or the end, is that
     * place. "Veiligheidskaart Jansen" stays a name (the card never uses it as a place), and so does a learned word
     * after "fam." or a kin word ("Veiligheidskaart fam. Vianen": the title word is not right before it) or before a
     * bracket ("Veiligheidskaart Vianen (moeder)").
     *
     * <p>Round 22 (t22-cards): the mail's subject carries the same title ("VHK Z. (2012) - Veghel - Eerste inbreng");
     * the card's places are learned more widely now ({@link #learnFromFirstReading}), so a place of the lists that is
     * a surname too passes there when the card's own text reads it as a place. A listed place the card never uses as
     * one stays refused there (round 19's leak guard of the file name, {@link VhkFileNamePlace}: "VHK Rhoon
     * 15092026.docx" alone).
     */
    private static void unflagAfterCardTitle(List<Token> tokens, boolean[] flag, Set<String> places) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (!flag[i] || !cardPlace(t, places) || !(i + 1 == n || TITLE_ENDS.contains(tokens.get(i + 1).text()))) {
                continue;
            }
            if (before.isWord() && before.capitalised() && CARD_TITLES.contains(before.lower())
                    || afterTitleAndYouths(tokens, i) || afterTitleAndLabels(tokens, i)) {
                flag[i] = false;
            }
        }
    }

    /**
     * Round 25 (t25-held): the word is a place the card itself uses, also written in capitals in a header line ("VHK -
     * VERTROUWELIJK - ZALTBOMMEL" on a card whose municipality field reads "Zaltbommel").
     */
    private static boolean cardPlace(Token t, Set<String> places) {
        return places.contains(t.text())
                || t.allCaps() && t.text().length() > 1 && places.contains(NameClassifier.capitalise(t.lower()));
    }

    /**
     * Round 25 (t25-held): the template's header line "VHK - VERTROUWELIJK - X": the card's title word opening the line,
     * then one or more words of a document's confidentiality label ({@code HEADER_LABELS}: vertrouwelijk,
     * confidentieel, geheim, intern), each after a dash or "|", then a dash or "|" and the word at {@code i}. Only a
     * word the card itself uses as a place ({@link #cardPlace}) is cleared: "VHK - VERTROUWELIJK - JANSEN" stays a
     * name, and any other word in the chain ("VHK - FAM. - X", "VHK - VERTROUWELIJK - moeder - X") keeps it.
     */
    private static boolean afterTitleAndLabels(List<Token> tokens, int i) {
        int k = i - 1;
        int labels = 0;
        while (k >= 2 && SEPARATORS.contains(tokens.get(k).text()) && tokens.get(k - 1).isWord()
                && HEADER_LABELS.contains(tokens.get(k - 1).lower())) {
            labels++;
            k -= 2;
        }
        if (labels == 0 || k < 1 || !SEPARATORS.contains(tokens.get(k).text())) {
            return false;
        }
        Token title = tokens.get(k - 1);
        return title.isWord() && title.capitalised() && CARD_TITLES.contains(title.lower())
                && (k - 1 == 0 || tokens.get(k - 2).is('\n'));
    }

    /**
     * Round 21 (t21-cards): "Veiligheidskaart T. (2015) F. (2012) - X": the card's title word, the youths as initials
     * with a birth year in brackets (one or more; round 25, t25-new: or none, "VEILIGHEIDSKAART - X"), a dash, then the
     * word at {@code i}, at the end of the line. A
     * family word, a name or any other word between them keeps it ("Veiligheidskaart T. (2015) fam. - X").
     */
    private static boolean afterTitleAndYouths(List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 0 || !(tokens.get(k).is('-') || tokens.get(k).is('–'))) {
            return false;
        }
        k--;
        int youths = 0;
        while (k >= 4 && tokens.get(k).is(')') && tokens.get(k - 1).isNumber() && tokens.get(k - 2).is('(')
                && tokens.get(k - 3).is('.') && initial(tokens.get(k - 4))) {
            youths++;
            k -= 5;
        }
        // round 25 (t25-new): no youths at all, the dash right after the title word ("VEILIGHEIDSKAART - X")
        return (youths > 0 || k == i - 2) && k >= 0 && tokens.get(k).isWord() && tokens.get(k).capitalised()
                && CARD_TITLES.contains(tokens.get(k).lower());
    }

    /**
     * Round 22: a Dutch place of the lists, also one that is a surname too ("Veghel", "Boxmeer"), that no given-name
     * list holds and that is no kin word, title or particle.
     */
    static boolean listedPlace(Token t, WordLists words) {
        String lower = t.lower();
        return (words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isAbroad(lower)
                && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && !words.isTussenvoegsel(lower);
    }

    /**
     * Round 22 (t22-cards): after the card's first reading, a place of the lists that is a surname too (or a village)
     * that the card's own text left unread as a name is a place the card uses ("moeder (1987), Veghel;", "woning
     * uitzendbureau Boxmeer", "Hooghuis Heesch", "in Schijndel"): the other place positions of the card (the title in
     * a header, footer, the mail's subject and file name, a visit, an area's professional, a family member's
     * residence) read it as a place too. A word the card names elsewhere with person evidence stays a name (the
     * detector restores it everywhere), and a given name, weak name, kin word, title or particle is never learned.
     */
    static void learnFromFirstReading(List<Token> tokens, boolean[] flag, WordLists words, Set<String> places) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] && t.isWord() && t.capitalised() && !t.allCaps() && t.text().length() >= MIN_LENGTH
                    && listedPlace(t, words) && !words.isWeakName(t.lower())) {
                places.add(t.text());
            }
        }
    }

    private static boolean initial(Token t) {
        return t.isWord() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean residenceVerb(String lower) {
        return lower.startsWith("woon") || lower.equals("wonen") || lower.equals("wonend")
                || lower.startsWith("verhuis") || lower.equals("verhuisd");
    }

    private static boolean closes(Token t) {
        return t.is(',') || t.is('.') || t.is(';') || t.is(')');
    }

    private static boolean ends(String lower, List<String> endings) {
        for (String e : endings) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(String lower, List<String> prefixes) {
        for (String p : prefixes) {
            if (lower.startsWith(p) && lower.length() > p.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
