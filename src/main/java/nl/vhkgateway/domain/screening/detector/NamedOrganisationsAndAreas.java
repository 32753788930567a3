package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 allow rules (r12-allow): names of organisations and named areas that the detector took for a person, read
 * from the head word or particle that goes with them. Each rule only clears a word the detector flagged, and never
 * one with person evidence around it (a family word, role or title before, an apposition, a bracket with a family word
 * or an age, a person verb after); a name the card names elsewhere with evidence is flagged again afterwards.
 * <ul>
 * <li>{@link #worshipName}: the name of a building of worship between "de" and its head: "de As-Soennah moskee", "de
 * Ulu Camii", "de Bethel kerk". A person is never "de X moskee"; a family word before the article ("oom de ...") or
 * a family word after the head keeps it.</li>
 * <li>{@link #afterAssociationHead}: capitalised words right after a lower-case organisation compound ("de Somalische
 * vrouwenvereniging Hiil Haween", "stichting ..."): an organisation's name, when none of its words is a listed given
 * name and nothing describes it as a person afterwards.</li>
 * <li>{@link #articleCompound}: "bij De Kinderkoepel": a capitalised article inside the sentence after a preposition,
 * and a word of no name list that splits fully into Dutch dictionary words: a house name.</li>
 * <li>{@link #organisationApposition}: "begeleid door Florence, de thuiszorg": a name with a care or housing
 * organisation noun as its apposition and nothing after it; only a word that a place list holds and no surname or weak-name list does (round 12 leak review); a listed given
 * name only when an organisation list holds it as an organisation (round 12 allowfix: "door Sofia, de zorgaanbieder").</li>
 * <li>{@link #neighbourhoodApposition}: "terug naar Kruiskamp, haar oude buurt in Den Bosch" (round 12 allowfix).</li>
 * <li>{@link #teParticlePlace}: "huisbezoek in Te Werve": capitalised "Te" (the old "at") after "in" behind a word of
 * location (huisbezoek, woont, verblijft ...), right before "in" or up to three lower-case words back in the clause
 * ("woont sinds mei in Te Werve", round 12 allowfix), opens a named area or estate; Te-names are surnames, so "naar Te Riele",
 * "vertrouwen in Te Riele", "in Te Riele haar kamer" stay names (round 12 leak review).</li>
 * </ul>
 * Stateless.
 */
final class NamedOrganisationsAndAreas {

    /** Lower-case heads of buildings of worship after a name ("de X moskee"). */
    private static final Set<String> WORSHIP_HEADS = WordSets.of("moskee", "kerk", "tempel", "mandir", "gurdwara",
            "synagoge", "cemevi", "gebedshuis", "camii", "cami", "mescidi", "masjid");
    /** Heads of organisation compounds whose proper name follows them ("vrouwenvereniging X"). */
    private static final String[] ASSOCIATION_HEADS = {"vereniging", "stichting", "organisatie", "federatie"};
    private static final int MAX_NAME_WORDS = 3;
    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    /** Prepositions before "De X" as an organisation ("bij De Kinderkoepel"). */
    private static final Set<String> ORGANISATION_PREPOSITIONS = WordSets.of("bij", "naar", "op", "van", "via", "in",
            "door", "met", "aan");
    /**
     * Round 12 leak review: words right before "in" that make "in Te X" a location (a home visit, living there);
     * "naar Te Riele" (to that person's home) and "vertrouwen in Te Riele" stay names, as Te-names are surnames.
     */
    private static final Set<String> LOCATION_BEFORE_IN = WordSets.of("huisbezoek", "huisbezoeken", "woont", "wonen",
            "woonde", "woonden", "gewoond", "verblijft", "verbleef", "verblijven", "opgegroeid", "geboren", "gevestigd",
            "gelegen", "ligt", "verhuisd", "wijk", "buurt", "woning", "flat", "appartement");
    /** A possessive right after a name ("Te Riele haar logeerkamer", "Kowalski zijn huis") speaks of a person. */
    static final Set<String> POSSESSIVES = WordSets.of("zijn", "haar", "z'n", "d'r", "hun", "ze");
    private static final int MIN_COMPOUND = 8;
    /** Prepositions of place before a neighbourhood with an apposition ("terug naar Kruiskamp, haar oude buurt"). */
    private static final Set<String> APPOSITION_PREPOSITIONS = WordSets.of("in", "naar", "uit", "vanuit", "richting");
    private static final Set<String> TIME_ADJECTIVES = WordSets.of("oude", "nieuwe", "vroegere", "vorige", "huidige",
            "eigen");
    /** Neighbourhood and village nouns of an apposition, lower case as written. */
    private static final Set<String> NEIGHBOURHOOD_NOUNS = WordSets.of("buurt", "wijk", "woonwijk", "buurtje", "wijkje",
            "dorp", "geboortedorp", "woonplaats", "geboorteplaats", "stadsdeel", "woonbuurt");
    /** Lower-case words allowed between the word of location and "in" ("woont sinds mei in Te Werve"). */
    private static final int MAX_WORDS_BEFORE_IN = 3;
    private static final Set<String> CLAUSE_BREAKS = WordSets.of("en", "of", "maar", "dat", "die", "wie", "want", "omdat",
            "met", "bij", "van", "voor", "samen", "vertrouwen", "geloof", "hoop");

    private NamedOrganisationsAndAreas() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        worshipName(tokens, role, flag, words);
        afterAssociationHead(tokens, role, flag, words);
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            if (!flag[i] || !tokens.get(i).isWord() || !tokens.get(i).capitalised() || tokens.get(i).allCaps()) {
                continue;
            }
            if (articleCompound(tokens, role, words, i) || organisationApposition(tokens, role, words, i)
                    || neighbourhoodApposition(tokens, role, words, i)) {
                flag[i] = false;
            } else if (teParticlePlace(tokens, role, words, i)) {
                flag[i] = false;
                flag[i - 1] = false;
            }
        }
    }

    /** "de As-Soennah moskee", "de Ulu Camii": the capitalised run between "de" and a head of worship. */
    static void worshipName(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int h = 2; h < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || !WORSHIP_HEADS.contains(head.lower())) {
                continue;
            }
            int start = h;
            int words0 = 0;
            while (start - 1 >= 0 && words0 <= MAX_NAME_WORDS) {
                Token t = tokens.get(start - 1);
                if (t.isWord() && t.capitalised()) {
                    words0++;
                    start--;
                } else if (t.is('-') && start - 2 >= 0 && tokens.get(start - 2).isWord()
                        && tokens.get(start - 2).capitalised()) {
                    start--;
                } else {
                    break;
                }
            }
            if (words0 == 0 || words0 > MAX_NAME_WORDS || start < 1) {
                continue;
            }
            Token article = tokens.get(start - 1);
            if (!article.isWord() || !ARTICLES.contains(article.lower())
                    || RelativeGuard.kinBefore(tokens, role, words, start - 1)
                    || RelativeGuard.kinBefore(tokens, role, words, start)
                    || RelativeGuard.familyAfter(tokens, words, h)
                    || h + 1 < n && tokens.get(h + 1).isWord()
                    && PersonNameDetector.isPersonVerb(tokens.get(h + 1).lower())) {
                continue;
            }
            boolean kinInside = false;
            for (int k = start; k < h; k++) {
                kinInside |= tokens.get(k).isWord() && words.isKinOrRole(tokens.get(k).lower());
            }
            if (kinInside) {
                continue; // "de Oom Ali moskee": a family word inside is a person
            }
            for (int k = start; k <= h; k++) {
                flag[k] = false; // the head too when it is written with a capital ("Camii")
            }
        }
    }

    /** "vrouwenvereniging Hiil Haween": capitalised words right after a lower-case organisation compound. */
    static void afterAssociationHead(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int h = 0; h + 1 < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || head.capitalised() || !associationHead(head.lower())) {
                continue;
            }
            int last = h;
            boolean any = false;
            boolean given = false;
            while (last + 1 < n && last - h < MAX_NAME_WORDS && tokens.get(last + 1).isWord()
                    && tokens.get(last + 1).capitalised() && tokens.get(last + 1).spaceBefore()) {
                last++;
                any |= flag[last];
                Token t = tokens.get(last);
                given |= PlacesBySurroundings.personListed(t, words) || words.isKinOrRole(t.lower());
            }
            if (last == h || !any || given || possessiveAfter(tokens, last) || last + 1 < n && tokens.get(last + 1).isWord()
                    && tokens.get(last + 1).capitalised()
                    || PlacesBySurroundings.personAround(tokens, role, words, last)) {
                continue;
            }
            for (int k = h + 1; k <= last; k++) {
                flag[k] = false;
            }
            h = last;
        }
    }

    private static boolean associationHead(String lower) {
        if (lower.startsWith("familie")) {
            return false; // "familiestichting Demir": a family's own foundation carries the family name
        }
        for (String head : ASSOCIATION_HEADS) {
            if (lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** "bij De Kinderkoepel": a house name of Dutch words after a capitalised article inside the sentence. */
    static boolean articleCompound(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i < 2) {
            return false;
        }
        Token article = tokens.get(i - 1);
        Token prep = tokens.get(i - 2);
        Token t = tokens.get(i);
        String lower = WordLists.lower(t.text());
        return article.isWord() && !article.sentenceStart() && (article.text().equals("De")
                || article.text().equals("Het")) && prep.isWord() && !prep.capitalised()
                && ORGANISATION_PREPOSITIONS.contains(prep.lower()) && lower.length() >= MIN_COMPOUND
                && !PlacesBySurroundings.personListed(t, words) && !words.isPlaceInContext(lower)
                && DictionaryCompoundAtStart.splits(lower, 0, 0, words)
                && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /**
     * Nouns of a care or housing organisation as an apposition ("Florence, de thuiszorg"): the name before it is the
     * organisation, not a person (a person would be "de thuiszorgmedewerker", "van de thuiszorg").
     */
    private static final Set<String> ORGANISATION_NOUNS = WordSets.of("thuiszorg", "thuiszorgorganisatie",
            "zorgaanbieder", "zorginstelling", "zorgorganisatie", "wijkverpleging", "kraamzorgorganisatie",
            "woningcorporatie", "woningbouwvereniging", "jeugdzorgaanbieder", "ggz-instelling", "instelling",
            "hogeschool");
    // Left out on purpose (round 12 leak check): places where a person may be the host ("opvang", "kinderopvang",
    // "gezinshuis", "zorgboerderij", "dagbesteding"): "logeert bij Axel, de kinderopvang" stays a name.

    /**
     * "door Florence, de thuiszorg": a name followed by a comma, "de"/"het" and an organisation noun, with nothing
     * after the noun but the end of the clause. A listed given name only when a place list holds it too (Florence,
     * a place that is also a name): "door Sanne, de thuiszorg" stays a name (she may be the home carer).
     */
    static boolean organisationApposition(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        if (i + 3 >= n || !tokens.get(i + 1).is(',') || !tokens.get(i + 2).isWord()
                || !ARTICLES.contains(tokens.get(i + 2).text()) || !tokens.get(i + 3).isWord()
                || !ORGANISATION_NOUNS.contains(tokens.get(i + 3).lower())) {
            return false;
        }
        if (i + 4 < n && !(tokens.get(i + 4).is('.') || tokens.get(i + 4).is(',') || tokens.get(i + 4).is(';'))) {
            return false; // "Florence, de thuiszorg van oma": more may describe a person
        }
        Token t = tokens.get(i);
        String lower = WordLists.lower(t.text());
        // round 12 leak review: only a word that a place list holds and no surname or weak-name list does ("Florence":
        // a given name and a place); "Kowalski, de thuiszorg", "Tesfalem, de zorgaanbieder" stay names
        // round 12 allowfix: a listed GIVEN name that a place list holds ("Sofia", "Florence", "Lourdes") is a
        // person as often as a place ("opgevangen door Sofia, de zorgaanbieder": a childminder); cleared only when an
        // organisation list holds it as an organisation, not merely as a place
        if ((words.isFirstName(t.text()) || words.isFirstNameLower(lower))
                && words.allowed().wordKind(lower).orElse(null) != PhraseIndex.Kind.ORGANISATION) {
            return false;
        }
        return words.isPlaceInContext(lower) && !words.isSurname(t.text()) && !words.isWeakName(t.lower())
                && !RelativeGuard.around(tokens, role, words, i);
    }

    /** "in Te Werve": a named area after a place preposition and a capitalised "Te". */
    static boolean teParticlePlace(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i < 2 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).text().equals("Te")
                || tokens.get(i - 1).sentenceStart()) {
            return false;
        }
        Token prep = tokens.get(i - 2);
        if (!prep.isWord() || !prep.text().equals("in") || !locationWordBefore(tokens, words, i - 2)) {
            return false;
        }
        Token t = tokens.get(i);
        return !words.isFirstName(t.text()) && !words.isFirstNameLower(t.lower()) && !possessiveAfter(tokens, i)
                && !genitive(tokens, i) && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /**
     * "terug naar Kruiskamp, haar oude buurt in Den Bosch" (round 12 allowfix): after a place preposition, a word whose
     * apposition is a neighbourhood or village noun, with at most a possessive or article and an adjective of time
     * between; never a listed given name, never with person evidence before the word.
     */
    static boolean neighbourhoodApposition(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        if (i < 1 || i + 2 >= n || !tokens.get(i + 1).is(',') || !tokens.get(i - 1).isWord()
                || !APPOSITION_PREPOSITIONS.contains(tokens.get(i - 1).text())) {
            return false;
        }
        int k = i + 2;
        if (tokens.get(k).isWord() && (POSSESSIVES.contains(tokens.get(k).lower())
                || ARTICLES.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("onze")
                || tokens.get(k).lower().equals("een"))) {
            k++;
        }
        if (k < n && tokens.get(k).isWord() && TIME_ADJECTIVES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord() || !NEIGHBOURHOOD_NOUNS.contains(tokens.get(k).text())) {
            return false;
        }
        Token t = tokens.get(i);
        return !words.isFirstName(t.text()) && !words.isFirstNameLower(t.lower()) && !genitive(tokens, i)
                && !RelativeGuard.around(tokens, role, words, i);
    }

    /** "in Te Brake's schuur": a genitive 's on the word or as the next token speaks of a person. */
    private static boolean genitive(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (!NameClassifier.stripPossessive(text).equals(text)) {
            return true;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’");
    }

    /**
     * A word of location right before "in", or a few lower-case words back in the same clause ("woont sinds mei in",
     * round 12 allowfix); no punctuation, conjunction, capital or family word between ("de woning van oma in").
     */
    private static boolean locationWordBefore(List<Token> tokens, WordLists words, int in) {
        for (int k = in - 1; k >= 0 && k >= in - 1 - MAX_WORDS_BEFORE_IN; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (LOCATION_BEFORE_IN.contains(w.lower())) {
                return true;
            }
            if (w.capitalised() || CLAUSE_BREAKS.contains(w.lower()) || words.isKinOrRole(w.lower())
                    || words.isTitle(w.lower()) || POSSESSIVES.contains(w.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "Te Riele haar logeerkamer", "Kowalski zijn huis": a possessive right after the word. */
    static boolean possessiveAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && POSSESSIVES.contains(tokens.get(i + 1).lower());
    }
}
