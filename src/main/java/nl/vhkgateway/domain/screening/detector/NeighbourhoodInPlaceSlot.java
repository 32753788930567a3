package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-places): neighbourhoods that no list holds, or that a surname list holds ("Meerwijk",
 * "Boswijk"), read by their shape ({@link NeighbourhoodShape}: "-wijk", "-veld", "-hof", "-poort", "-kamp" ...) where
 * the slot is a place's. Slots:
 * <ul>
 * <li><b>after a town</b>: "in Lelystad Boswijk", "uit Haarlem Meerwijk" (a place preposition, a town of the
 * context-free list that no name list holds, the word);</li>
 * <li><b>a bracket after a town</b>: "in IJmuiden aan zee (Zeewijk)" (a word of no list alone in brackets, at most four
 * lower-case words after "in &lt;town&gt;");</li>
 * <li><b>a run that opens the sentence</b> ("Meerwijk, Europawijk en Schalkwijk-centrum zijn de plekken waar ...",
 * "Boswijk en Zuiderzeewijk in Lelystad zijn de wijken", "De Schutskamp en Boschveld zijn hun terrein",
 * "Schadewijk en Ussen in Oss: moeder is daar opgegroeid", "Vughterpoort, vlak bij de stadsmuur, is het oude adres"):
 * one to four members (a word of the shape, a word of a place list that is no given name, "De" and such a word, a
 * member with a hyphen and a lower-case or compass part, a word of no list), at least one of the shape, and a place's
 * tail: a copula with a place noun within six words ("zijn de wijken", "is hun terrein", "is het oude adres"), or a
 * colon or dash and "daar", "er" or "overal" (only after "in &lt;town&gt;" or with a member that no name list holds:
 * a word of the shape of no list, a place of no name list; "Lexmond en Benschop: daar logeren de kinderen" are
 * persons, round 19); "in &lt;town&gt;" before either may stand between, and alone it is a tail for a run of two or
 * more words of the shape;</li>
 * <li><b>a move</b>: "van de Graafsewijk naar Hintham" (a word of the shape after lower-case "van de", a place or a
 * word of the shape after "naar");</li>
 * <li><b>the goal of a move beside a second place</b>: "opgegroeid in Bentveld en verhuisde later naar Schalkwijk" (a
 * word of the shape after "naar" or "in", a verb of moving or growing up in the sentence, and another word of a place
 * list after a place preposition in it).</li>
 * </ul>
 * Person slots keep the flag: a given name anywhere in a run, a title, kin word or role before ("mevrouw Meerwijk"), a
 * person's verb, capital or family bracket after ("Boswijk belde", "Zeewijk (moeder)"), "met" before ("met Schalkwijk
 * gesproken"), a run whose copula has no place noun ("Nieuwenhof en Boswijk zijn de buren"), a lone surname of the
 * shape before "in &lt;town&gt;" without a place's predicate ("Boswijk in Lelystad belt terug"), "van de X" without
 * "naar" (the particle: "mevrouw van de Meerwijk"), and a particle or initial before the word. Stateless.
 */
final class NeighbourhoodInPlaceSlot {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "naar", "te", "vanuit", "richting");
    private static final Set<String> COPULAS = Set.of("is", "zijn", "was", "waren", "ligt", "liggen", "lag", "lagen",
            "blijft", "blijven", "vormen", "vormt", "heten", "heet", "worden", "wordt");
    /** Nouns a copula gives a place ("zijn de wijken waar", "is hun terrein", "is het oude adres van oma"). */
    private static final Set<String> PLACE_NOUNS = Set.of("wijk", "wijken", "buurt", "buurten", "plek", "plekken",
            "plaats", "plaatsen", "dorp", "dorpen", "terrein", "gebied", "gebieden", "omgeving", "stadsdeel",
            "stadsdelen", "woonwijk", "woonwijken", "kern", "kernen", "stadswijk", "stadswijken", "nieuwbouwwijk",
            "adres", "woonplaats", "woonplaatsen", "hangplek", "hangplekken", "buurtje", "wijkje");
    /** Words after a colon or dash that take a place back ("Schadewijk en Ussen: moeder is daar opgegroeid"). */
    private static final Set<String> PLACE_ADVERBS = Set.of("daar", "er", "overal", "daarheen", "daarvandaan");
    /** Verbs of a move or a youth that make "naar X" and "in X" a place beside a second place. */
    private static final Set<String> MOVE_VERBS = Set.of("verhuisd", "verhuisde", "verhuisden", "verhuist",
            "verhuizen", "getrokken", "trok", "trokken", "opgegroeid", "groeide", "vertrokken", "vertrok", "gevlucht",
            "gewoond", "woonde", "woonden", "teruggekeerd", "terugverhuisd", "geboren");
    /** Infinitives and participles after "is" as an auxiliary ("is een dorp verder gaan wonen"). */
    private static final Set<String> AUXILIARY_COMPLEMENTS = Set.of("wonen", "gaan", "gegaan", "gekomen", "komen",
            "gebleven", "blijven", "geweest", "ingetrokken", "teruggegaan", "verhuizen", "trekken", "vluchten");
    /** Relative words that open a clause of their own after the place noun ("de wijken waar de familie woont"). */
    private static final Set<String> RELATIVES = Set.of("waar", "die", "dat", "waarin", "waarheen", "wat");
    private static final Set<String> RUN_JOINS = Set.of(",", "en", "of", "/");
    private static final Set<String> MEMBER_PARTS = Set.of("centrum", "noord", "oost", "zuid", "west", "midden",
            "dorp");
    private static final int MAX_MEMBERS = 4;
    private static final int PREDICATE_WINDOW = 6;

    private NeighbourhoodInPlaceSlot() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !NeighbourhoodShape.shaped(t, words) || PlacesBySurroundings.personAround(tokens, role,
                    words, i) || particleBefore(tokens, words, i)) {
                continue;
            }
            if (afterTown(tokens, words, i) || inBracketAfterTown(tokens, words, i) || fromTo(tokens, words, i)
                    || goalBesidePlace(tokens, words, i)) {
                flag[i] = false;
            }
        }
        clearRun(tokens, role, flag, words);
    }

    /** "in Lelystad Boswijk": a place preposition and a town of no name list right before. */
    private static boolean afterTown(List<Token> tokens, WordLists words, int i) {
        return i >= 2 && town(tokens.get(i - 1), words) && preposition(tokens.get(i - 2));
    }

    /** "in IJmuiden aan zee (Zeewijk)": a word of no list alone in brackets after "in <town>" and lower-case words. */
    private static boolean inBracketAfterTown(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 3 || i + 1 >= n || !tokens.get(i - 1).is('(') || !tokens.get(i + 1).is(')')
                || !NeighbourhoodShape.shapedUnknown(tokens.get(i), words)) {
            return false;
        }
        for (int k = i - 2, lower = 0; k >= 1 && lower <= 4; k--) {
            Token w = tokens.get(k);
            if (town(w, words)) {
                return preposition(tokens.get(k - 1));
            }
            if (!w.isWord() || w.capitalised() && !w.allCaps() || words.isKinOrRole(w.lower())
                    || w.lower().equals("bij")) {
                return false; // "bij de buurvrouw (Drosterveld)": the bracket names that person (review Rrb-011)
            }
            lower++;
        }
        return false;
    }

    /** "van de Graafsewijk naar Hintham": lower-case "van de" before, "naar" and a place or shaped word after. */
    private static boolean fromTo(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 2 || i + 2 >= n || !lowerWord(tokens.get(i - 1), "de") || !lowerWord(tokens.get(i - 2), "van")
                || !lowerWord(tokens.get(i + 1), "naar")) {
            return false;
        }
        Token before = i >= 3 ? tokens.get(i - 3) : null;
        if (before != null && before.isWord() && before.capitalised() && (!before.sentenceStart()
                || words.isName(before.text()) || words.isFirstNameLower(before.lower()))) {
            return false; // "Jan van de Meerwijk naar ...": a name with its particle
        }
        Token goal = tokens.get(i + 2);
        return goal.isWord() && goal.capitalised() && !words.isFirstName(goal.text())
                && (placeWord(goal, words) || NeighbourhoodShape.shaped(goal, words));
    }

    /**
     * "opgegroeid in Bentveld en verhuisde later naar Schalkwijk": the word after "naar" or "in", a verb of a move or
     * a youth in the sentence, and another word of a place list after a place preposition.
     */
    private static boolean goalBesidePlace(List<Token> tokens, WordLists words, int i) {
        if (i < 1 || !(lowerWord(tokens.get(i - 1), "naar") || lowerWord(tokens.get(i - 1), "in"))) {
            return false;
        }
        int n = tokens.size();
        if (i + 1 < n && !(tokens.get(i + 1).is('.') || tokens.get(i + 1).is(',') || tokens.get(i + 1).is(';')
                || i + 1 == n - 1 && !tokens.get(i + 1).isWord())) {
            return false;
        }
        boolean move = false;
        boolean otherPlace = false;
        int from = sentenceStart(tokens, i);
        for (int k = from; k < n && !(k > i && tokens.get(k).endsSentence()); k++) {
            Token w = tokens.get(k);
            if (!w.isWord() || k == i) {
                continue;
            }
            if (lowerWord(w, "met")) {
                return false; // "met Schalkwijk": a person's company
            }
            move |= MOVE_VERBS.contains(w.lower());
            otherPlace |= k > 0 && w.capitalised() && preposition(tokens.get(k - 1)) && placeWord(w, words)
                    && !words.isFirstName(w.text());
        }
        return move && otherPlace;
    }

    /** The runs that open a sentence and end in a place's tail; every flagged member of such a run is cleared. */
    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int s = 0; s < n; s++) {
            if (!(s == 0 || tokens.get(s).sentenceStart())) {
                continue;
            }
            int k = s;
            int members = 0;
            int shapedMembers = 0;
            boolean unlisted = false;
            boolean surnameOnly = false;
            boolean anchor = false;
            int[] memberAt = new int[MAX_MEMBERS];
            while (k < n && members < MAX_MEMBERS) {
                int m = k;
                if (lowerOrCapital(tokens.get(m), "de") && m + 1 < n) {
                    m++; // "De Schutskamp"
                }
                Token w = tokens.get(m);
                if (!w.isWord() || !w.capitalised() || w.allCaps() || words.isFirstName(w.text())
                        || words.isFirstNameLower(w.lower()) || words.isKinOrRole(w.lower())
                        || words.isTitle(w.lower())) {
                    break;
                }
                boolean shaped = NeighbourhoodShape.shaped(w, words);
                boolean place = placeWord(w, words);
                boolean unknown = PlacesBySurroundings.unknown(w, words);
                if (!shaped && !place && !unknown) {
                    break;
                }
                shapedMembers += shaped ? 1 : 0;
                anchor |= shaped && unknown || place && !words.isListedPersonWord(w.text());
                unlisted |= unknown && !shaped;
                surnameOnly |= words.isName(w.text()) && !place;
                memberAt[members++] = m;
                k = m + 1;
                if (k + 1 < n && (tokens.get(k).is('-') || tokens.get(k).is('–')) && tokens.get(k + 1).isWord()
                        && MEMBER_PARTS.contains(tokens.get(k + 1).lower())) {
                    k += 2; // "Schalkwijk-centrum", "Rosmalen-Noord"
                }
                if (k < n && RUN_JOINS.contains(tokens.get(k).lower())) {
                    int join = k;
                    k++;
                    if (k < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("en")) {
                        k++; // ", en"
                    }
                    if (k < n && !member(tokens.get(k), words)
                            && !(lowerOrCapital(tokens.get(k), "de") && k + 1 < n && member(tokens.get(k + 1), words))) {
                        k = join; // "Vughterpoort, vlak bij de stadsmuur, is ...": the comma opens an apposition
                        break;
                    }
                    continue;
                }
                break;
            }
            if (members == 0 || shapedMembers == 0 || k >= n) {
                continue;
            }
            int last = memberAt[members - 1];
            if (RelativeGuard.familyAfter(tokens, words, last) || RelativeGuard.kinBefore(tokens, role, words,
                    memberAt[0])) {
                continue;
            }
            boolean townTail = false;
            if (preposition(tokens.get(k)) && k + 1 < n && tailPlace(tokens.get(k + 1), words)) {
                townTail = true;
                k += 2;
            }
            k = skipApposition(tokens, words, k);
            // a colon and "daar" after names alone is a person's slot as often ("Lexmond en Benschop: daar logeren de
            // kinderen", round 19): that tail needs "in <town>" before it or a member no name list holds
            boolean strongTail = predicate(tokens, k) || backReference(tokens, k) && (townTail || anchor);
            boolean weakTail = townTail && shapedMembers >= 2 && !unlisted
                    && (k >= n || !tokens.get(k).isWord() || COPULAS.contains(tokens.get(k).lower()))
                    && !(k < n && tokens.get(k).isWord() && PersonNameDetector.isPersonVerb(tokens.get(k).lower()));
            if (!strongTail && !weakTail) {
                continue;
            }
            if (members == 1 && surnameOnly && !townTail && !strongTail) {
                continue;
            }
            for (int j = 0; j < members; j++) {
                flag[memberAt[j]] = false;
            }
        }
    }

    /** ", vlak bij de stadsmuur," between the run and its verb: lower-case words only, no person word. */
    private static int skipApposition(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).is(',')) {
            return k;
        }
        for (int m = k + 1; m < n && m <= k + 7; m++) {
            Token w = tokens.get(m);
            if (w.is(',')) {
                return m + 1;
            }
            if (!w.isWord() || w.capitalised() || words.isKinOrRole(w.lower())
                    || PersonNameDetector.isPersonVerb(w.lower())) {
                return k;
            }
        }
        return k;
    }

    /**
     * A copula right at k and a place noun within six words after it, before the clause ends; not where the copula
     * is the auxiliary of a move ("Jaarsveld is een dorp verder gaan wonen", round 21's row: a verb of living or moving
     * later in the clause, before a relative "waar/die/dat").
     */
    private static boolean predicate(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord() || !COPULAS.contains(tokens.get(k).lower())) {
            return false;
        }
        boolean noun = false;
        for (int m = k + 1; m < n && m <= k + PREDICATE_WINDOW && !noun; m++) {
            Token w = tokens.get(m);
            if (!w.isWord()) {
                return false;
            }
            noun = PLACE_NOUNS.contains(w.lower());
        }
        for (int m = k + 1; noun && m < n && !tokens.get(m).endsSentence() && !tokens.get(m).is(','); m++) {
            Token w = tokens.get(m);
            if (w.isWord() && RELATIVES.contains(w.lower())) {
                break;
            }
            if (w.isWord() && (MOVE_VERBS.contains(w.lower()) || AUXILIARY_COMPLEMENTS.contains(w.lower()))) {
                return false;
            }
        }
        return noun;
    }

    /** A colon or dash at k and "daar", "er" or "overal" within the next eight words. */
    private static boolean backReference(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k >= n || !(tokens.get(k).is(':') || tokens.get(k).is('–') || tokens.get(k).is('-'))) {
            return false;
        }
        for (int m = k + 1; m < n && m <= k + 8 && !tokens.get(m).endsSentence(); m++) {
            if (tokens.get(m).isWord() && PLACE_ADVERBS.contains(tokens.get(m).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case particle ("van", "de", "ter") or an initial right before the word. */
    private static boolean particleBefore(List<Token> tokens, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token b = tokens.get(i - 1);
        if (b.is('.') && i >= 2 && tokens.get(i - 2).isWord() && tokens.get(i - 2).text().length() <= 2
                && tokens.get(i - 2).capitalised()) {
            return true;
        }
        return b.isWord() && !b.capitalised() && words.isTussenvoegsel(b.lower()) && !b.lower().equals("de")
                && !b.lower().equals("in") && !b.lower().equals("te");
    }

    private static int sentenceStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && !tokens.get(k).sentenceStart()) {
            k--;
        }
        return k;
    }

    /** A capitalised word that may be a member of a run: no given name, kin word or title, not in capitals. */
    private static boolean member(Token w, WordLists words) {
        return w.isWord() && w.capitalised() && !w.allCaps() && !words.isFirstName(w.text())
                && !words.isFirstNameLower(w.lower()) && !words.isKinOrRole(w.lower()) && !words.isTitle(w.lower())
                && (NeighbourhoodShape.shaped(w, words) || placeWord(w, words) || PlacesBySurroundings.unknown(w,
                words));
    }

    /** The town of "in <town>" after a run: a word of a place list that is no given name ("in Oss", "in Lelystad"). */
    private static boolean tailPlace(Token t, WordLists words) {
        return t.isWord() && t.capitalised() && !t.allCaps() && placeWord(t, words) && !words.isFirstName(t.text())
                && !words.isFirstNameLower(t.lower());
    }

    private static boolean placeWord(Token t, WordLists words) {
        String lower = t.lower();
        return words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower);
    }

    private static boolean town(Token b, WordLists words) {
        String lower = b.lower();
        return b.isWord() && b.capitalised() && !b.allCaps() && words.isDomesticPlace(lower)
                && !words.isListedPersonWord(b.text()) && !words.isTussenvoegsel(lower);
    }

    private static boolean preposition(Token t) {
        return t.isWord() && !t.capitalised() && PLACE_PREPOSITIONS.contains(t.lower());
    }

    private static boolean lowerWord(Token t, String word) {
        return t.isWord() && !t.capitalised() && t.lower().equals(word);
    }

    private static boolean lowerOrCapital(Token t, String word) {
        return t.isWord() && t.lower().equals(word);
    }
}
