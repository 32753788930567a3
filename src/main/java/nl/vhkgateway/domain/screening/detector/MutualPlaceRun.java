package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-places): places that vouch for each other. Two to six words of the place lists joined by "en",
 * "of", a comma, a semicolon, a slash or a spaced dash ("Grave en Ravenstein liggen te ver", "Woltersum, Thesinge en
 * Garmerwolde vallen onder de gemeente", "Mill en Sint Anthonis: daar woont de familie", "Zowel Venhuizen als
 * Oosterleek vallen onder het jeugdteam") are a list of places when nothing in the sentence makes any of them a
 * person. {@link CoordinatedPlaces} needs an anchor that no name list holds; in the villages of the rivers area and
 * Brabant every member is a surname too (Herpen, Ravenstein, Mill, Erp), so no member can be the anchor, and a run of
 * surnames that are all villages, in a place's slot, is far less likely than a run of villages. A clearing rule:
 * <ul>
 * <li>Members: a capitalised word (not all in capitals) that a place list holds (the context-free places,
 * {@code places-also-names.txt}, the villages, {@link VillageSurnames}, places abroad), or a listed place of two words
 * ("Sint Anthonis", "Oud Ade", "Lage Vuursche"), a listed name written with hyphens ("Heist-op-den-Berg"), or a word
 * of a place list after a first word of place names ("Nieuw Heeten", "Hollandse Rading", "Oude Willem"). Every member
 * is such a place; an unflagged member counts only when it is one too.</li>
 * <li>The slot: the run opens its sentence (or follows a semicolon, or a colon after a place label: "woonplaatsen",
 * "verspreid"; review rb: not "Aanwezig: Herpen, Mill en Ravenstein") and closes its clause (a colon, a semicolon, a
 * dash or a comma after it; the end of the sentence only after such a label: "Herpen, Mill." alone is a list of
 * persons as often) or stands before a plural verb of lying or belonging ("liggen",
 * "lagen", "grenzen"; "vallen"/"vielen" with "onder" or "binnen"; "horen"/"behoren" with "bij", "tot" or "onder";
 * "zijn te ver", "zijn dorpen/kernen/wijken"; review rb: after the verb a place's complement within six words, a unit
 * of administration, an area team, a distance, or a listed place right after the verb's preposition, and no person's
 * object or "met" before it: "liggen in het ziekenhuis in Nijmegen", "liggen in de clinch met de gemeente", "vallen
 * onder bewind", "horen bij de familie uit Boxmeer" are said of persons);
 * or it follows a place preposition (in, naar, uit, vanuit, te, richting, nabij; "verspreid over") and is followed by
 * nothing or a punctuation mark other than a bracket (a word after it may open a clause with the member as subject: "in
 * Heenvliet en Zuidland zorgde voor haar"; review rb: "naar" and "richting" only in a sentence of movement or transport, "agressief
 * richting Erp en Heesch" aims at persons); "en omgeving" after the last member closes the list too.</li>
 * <li>Only in the verb slot may a flagged member be a word that a name list holds; before a colon, dash or comma and
 * after a preposition every flagged member is a place of no name list ("Woltersum, Thesinge en Garmerwolde: ..."), as
 * "Lexmond en Benschop: daar logeren de kinderen" and "Tiel en Wamel: daar gaat het mis" name persons (round-19
 * rows).</li>
 * <li>Guards, a person slot: a listed given name among fewer than three members, or two given names ("de brug tussen
 * Heino en Marle"); person evidence around a member ({@link PlacesBySurroundings#personAround}: a family word, role or
 * title before, a capital or a person's verb after, a family apposition or age after); an initial or a lower-case name
 * particle before a member ("J. Mill", "van Herpen"); a possessive after a member ("Herpen zijn huis"); a noun or verb
 * of a relation anywhere in the sentence ({@link PersonRelationWords}: "ruzie", "contact", "gesprek"); "als" with a
 * role, family word or "-gezin" noun after the run ("vallen af als pleeggezin": the families are the persons).</li>
 * </ul>
 * Price: two persons whose surnames are both villages, before "liggen/vallen onder/horen bij" with a place's
 * complement ("Herpen en Mill vallen onder de gemeente Oss"), pass. Stateless.
 */
final class MutualPlaceRun {

    private static final Set<String> PREPOSITIONS = WordSets.of("in", "naar", "uit", "vanuit", "te", "richting",
            "nabij");
    private static final Set<String> LIE_VERBS = WordSets.of("liggen", "lagen", "grenzen", "grensden");
    private static final Set<String> FALL_VERBS = WordSets.of("vallen", "vielen");
    private static final Set<String> FALL_PREPOSITIONS = WordSets.of("onder", "binnen");
    private static final Set<String> BELONG_VERBS = WordSets.of("horen", "hoorden", "behoren", "behoorden");
    private static final Set<String> BELONG_PREPOSITIONS = WordSets.of("bij", "tot", "onder");
    private static final Set<String> PARTICLES = WordSets.of("van", "de", "der", "den", "ter", "ten", "vd", "v");
    /** First words of two-word place names ("Nieuw Heeten", "Hollandse Rading", "Lage Vuursche"). */
    private static final Set<String> MODIFIERS = WordSets.of("oud", "oude", "nieuw", "nieuwe", "lage", "hoge",
            "hollandse", "groot", "klein", "sint", "noord", "zuid", "oost", "west", "willige", "den");
    /** Complements of "zijn"/"waren" after a run that say where places lie ("zijn te ver", "zijn dorpen"). */
    private static final Set<String> PLACE_COMPLEMENTS = WordSets.of("dorpen", "kernen", "wijken", "gemeenten",
            "buurtschappen", "gehuchten");
    private static final Set<String> SURROUNDINGS = WordSets.of("omgeving", "omstreken", "omliggende");
    /** Labels before a colon that open a list of places ("Woonplaatsen: ...", "de familie woont verspreid: ..."). */
    private static final Set<String> PLACE_LABELS = WordSets.of("woonplaats", "woonplaatsen", "plaats", "plaatsen",
            "regio", "gemeente", "gemeenten", "locatie", "locaties", "werkgebied", "verspreid", "dorpen", "kernen",
            "wijken", "woonwijken", "adressen", "verhuizingen", "route");
    /** Complements that only a place takes after "liggen", "vallen onder", "horen bij" (review rb). */
    private static final Set<String> PLACE_OBJECTS = WordSets.of("gemeente", "gemeenten", "gemeentes", "regio",
            "provincie", "werkgebied", "gebied", "district", "waterschap", "veiligheidsregio", "politieregio",
            "basisteam", "grens", "vlakbij", "dichtbij", "kernen", "dorpen", "wijken", "parochie", "kieskring",
            "postcodegebied", "werkgebieden");
    private static final Set<String> AREA_TEAMS = WordSets.of("wijkteam", "gebiedsteam", "dorpsteam", "wijkteams",
            "gebiedsteams", "wijkagent", "wijkagenten");
    /**
     * Review (rb, 09:19): words of sending and speaking; with them "naar/richting Erp en Heesch" aims at persons
     * ("Vader stuurde dreigende berichten naar Erp en Heesch", "Dreigende taal richting Heesch en Lith").
     */
    private static final Set<String> MESSAGES = WordSets.of("bericht", "berichten", "appje", "appjes", "app", "apps",
            "brief", "brieven", "taal", "dreigement", "dreigementen", "dreigende", "dreigend", "stuurde", "stuurt",
            "stuurden", "gestuurd", "verstuurd", "schreef", "geschreven", "mailde", "mailt", "appte", "appt", "belde",
            "belt", "gebeld", "sms", "sms'jes", "mail", "mails", "filmpje", "filmpjes", "foto", "foto's", "geld",
            "gescholden", "scheldt", "schold", "schreeuwde", "riep", "zwaaide", "wees", "gebaar", "gebaren", "kusjes",
            "groeten", "cadeau", "cadeaus", "pakket", "pakketje");
    /** Review (rb): persons do things to each other, places do not ("liggen al jaren met elkaar overhoop"). */
    private static final Set<String> RECIPROCAL = WordSets.of("elkaar", "mekaar", "overhoop");
    /** Review (rb, 09:41): what persons lie in, fall under or belong to; before any place complement it decides. */
    private static final Set<String> PERSON_OBJECTS = WordSets.of("ziekenhuis", "bed", "bewind", "bewindvoering",
            "curatele", "familie", "vriendengroep", "netwerk", "clinch", "overhoop", "elkaar", "gevangenis", "cel",
            "opvang", "groep", "klas", "team", "vereniging", "club", "kerk", "moskee", "schuldsanering");
    /** Persons named after a run ("..., twee pleeggezinnen", "...: drie broers"): the members are those persons. */
    private static final Set<String> FAMILY_AFTER = WordSets.of("broers", "zussen", "ouders", "neven", "nichten",
            "ooms", "tantes", "zonen", "dochters", "echtpaar", "stel");
    private static final Set<String> OBJECT_PREPOSITIONS = WordSets.of("bij", "onder", "tot", "binnen", "in", "aan");
    /**
     * Review (rb, 09:41): "naar" and "richting" open a list of places only in a sentence of movement or transport
     * ("Naar Susteren en Echt rijdt geen bus", "verhuisd naar ..."); otherwise they aim at persons ("agressief richting
     * Erp en Heesch", "klappen uitgedeeld richting ...").
     */
    private static final Set<String> MOVEMENT = WordSets.of("rijdt", "rijden", "reed", "reden", "gereden", "fietst",
            "fietsen", "fietste", "gefietst", "gaat", "gaan", "ging", "gingen", "gegaan", "verhuist", "verhuizen",
            "verhuisd", "verhuisde", "verhuisden", "verhuizing", "bus", "buslijn", "trein", "weg", "route", "loopt",
            "lopen", "liep", "gelopen", "vertrekt", "vertrokken", "reist", "reizen", "reisde", "gereisd", "gevlucht",
            "vluchtte", "vervoer", "taxi", "rit", "ritten", "fiets", "auto", "verkeer", "snelweg", "trekt", "trokken",
            "getrokken", "komt", "kwam", "komen", "kwamen", "terug", "onderweg", "verhuisplannen");
    private static final int MAX_MEMBERS = 6;

    private MutualPlaceRun() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        unflag(tokens, role, flag, words, false);
    }

    /**
     * Round 23 (t23-places): {@code shouted} says the whole line is in capitals ("WAGENBERG - TERHEIJDEN - MADE:
     * grote familie rondom"); members in capitals count there, and every word is read as if in lower case for the
     * guards (a relation word, a name particle, a person noun after "als").
     */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        int n = tokens.size();
        boolean anyFlag = false;
        for (boolean f : flag) {
            anyFlag |= f;
        }
        if (!anyFlag || relationInSentence(tokens, shouted)) {
            return;
        }
        int[] starts = new int[MAX_MEMBERS + 1];
        int[] ends = new int[MAX_MEMBERS + 1];
        int i = 0;
        while (i < n) {
            int end = memberEnd(tokens, words, i, shouted);
            if (end < 0) {
                i++;
                continue;
            }
            boolean zowel = i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("zowel");
            int count = 0;
            starts[count] = i;
            ends[count] = end;
            count++;
            int k = end;
            while (count <= MAX_MEMBERS && k + 2 < n && joiner(tokens.get(k + 1), zowel)) {
                int next = memberEnd(tokens, words, k + 2, shouted);
                if (next < 0) {
                    break;
                }
                starts[count] = k + 2;
                ends[count] = next;
                count++;
                k = next;
            }
            if (count >= 2 && count <= MAX_MEMBERS) {
                clear(tokens, role, flag, words, starts, ends, count, zowel, shouted);
            }
            i = k + 1;
        }
    }

    private static void clear(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int[] starts,
            int[] ends, int count, boolean zowel, boolean shouted) {
        int first = zowel ? starts[0] - 1 : starts[0];
        int last = ends[count - 1];
        if (last + 2 < tokens.size() && tokens.get(last + 1).isWord() && tokens.get(last + 1).lower().equals("en")
                && tokens.get(last + 2).isWord() && SURROUNDINGS.contains(tokens.get(last + 2).lower())) {
            last += 2; // "verspreid over Schaijk, Reek en omgeving": the surroundings close the list
        }
        if (!(opensAndCloses(tokens, words, first, last) || afterPreposition(tokens, first, last))) {
            return;
        }
        // suite (round-19 rows): "Lexmond en Benschop: daar logeren de kinderen", "Tiel en Wamel: daar gaat het mis":
        // a run that only a punctuation mark or a preposition vouches for (no verb of lying or belonging) holds no
        // word that a name list holds
        boolean verbSlot = !shouted && verbSlot(tokens, words, last);
        // round 23 (t23-places): three or more places that open the sentence before a colon or a dash vouch for each
        // other even when name lists hold them ("Wagenberg - Terheijden - Made: grote familie rondom", "Kwadijk,
        // Middelie en Warder: ..."); no given name among them, and no label of persons before them
        boolean longRun = count >= 3 && first == 0 && closesWithColonOrDash(tokens, last)
                && !givenNameAmong(tokens, words, starts, ends, count);
        if (!verbSlot && !longRun) {
            for (int m = 0; m < count; m++) {
                for (int k = starts[m]; k <= ends[m]; k++) {
                    if (flag[k] && PlacesBySurroundings.personListed(tokens.get(k), words)) {
                        return;
                    }
                }
            }
        }
        if (asPersonNoun(tokens, words, last, shouted)) {
            return;
        }
        int given = 0;
        boolean anyFlag = false;
        for (int m = 0; m < count; m++) {
            int s = starts[m];
            int e = ends[m];
            Token key = tokens.get(e);
            if (s == e && (words.isFirstName(key.text()) || words.isFirstNameLower(key.lower()))) {
                given++;
            }
            if (personEvidence(tokens, role, words, s, e, m == count - 1, shouted)) {
                return;
            }
            for (int k = s; k <= e; k++) {
                anyFlag |= flag[k];
            }
        }
        if (!anyFlag || given > 1 || given == 1 && count < 3) {
            return;
        }
        for (int m = 0; m < count; m++) {
            for (int k = starts[m]; k <= ends[m]; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * The index of the last token of a member that starts at {@code i}, or -1: a capitalised word of a place list, or
     * two capitalised words that a place list or the proper phrases hold together ("Sint Anthonis", "Oud Ade").
     */
    private static int memberEnd(List<Token> tokens, WordLists words, int i, boolean shouted) {
        Token t = tokens.get(i);
        if (!capital(t, shouted)) {
            return -1;
        }
        int hyphenEnd = hyphenated(tokens, i);
        if (hyphenEnd > i) {
            // "Barger-Oosterveen", "Heist-op-den-Berg": the name as written with its hyphens
            StringBuilder b = new StringBuilder(WordLists.lower(t.text()));
            for (int k = i + 1; k <= hyphenEnd; k++) {
                b.append(tokens.get(k).is('-') ? "-" : WordLists.lower(tokens.get(k).text()));
            }
            return placeListed(b.toString(), words) ? hyphenEnd : -1;
        }
        if (i + 1 < tokens.size() && capital(tokens.get(i + 1), shouted)) {
            String phrase = WordLists.lower(t.text()) + " " + WordLists.lower(tokens.get(i + 1).text());
            if (words.isPlace(phrase) || words.isPlaceInContext(phrase) || words.isProperPhrase(phrase)
                    || MODIFIERS.contains(t.lower()) && placeListed(WordLists.lower(tokens.get(i + 1).text()), words)) {
                return i + 1;
            }
            return -1; // "Mill Jansen": a capital right after the word is no member of a list of places
        }
        return placeListed(WordLists.lower(t.text()), words) ? i : -1;
    }

    /** The last token of words joined by hyphens without spaces from {@code i} ("Heist-op-den-Berg"), or {@code i}. */
    private static int hyphenated(List<Token> tokens, int i) {
        int k = i;
        while (k + 2 < tokens.size() && tokens.get(k + 1).is('-') && !tokens.get(k + 1).spaceBefore()
                && tokens.get(k + 2).isWord() && !tokens.get(k + 2).spaceBefore()) {
            k += 2;
        }
        return k;
    }

    private static boolean placeListed(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower);
    }

    /**
     * Round 23 (t23-places): a word in capitals counts too ("WAGENBERG - TERHEIJDEN - MADE: grote familie rondom"): a
     * member must be a word of a place list anyway, and a name in capitals is read with ordinary capitals before the
     * steps run.
     */
    private static boolean capital(Token t, boolean shouted) {
        return t.isWord() && t.capitalised() && t.text().length() > 1;
    }

    /** A word written in lower case, or any word of a line in capitals (round 23). */
    private static boolean lowerCase(Token t, boolean shouted) {
        return !t.capitalised() || shouted;
    }

    /** Round 23: a colon or a spaced dash right after the run ("Kwadijk, Middelie en Warder: ..."). */
    private static boolean closesWithColonOrDash(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(last + 1);
        return after.is(':') || (after.is('–') || after.is('—') || after.is('-')) && after.spaceBefore();
    }

    /** Round 23: a listed given name among the members ("Heino, Mill en Herpen: ..." may name three persons). */
    private static boolean givenNameAmong(List<Token> tokens, WordLists words, int[] starts, int[] ends, int count) {
        for (int m = 0; m < count; m++) {
            for (int k = starts[m]; k <= ends[m]; k++) {
                Token t = tokens.get(k);
                String cap = NameClassifier.capitalise(t.lower());
                if (words.isFirstName(cap) || words.isFirstNameLower(t.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean joiner(Token t, boolean zowel) {
        if (t.isWord()) {
            return t.lower().equals("en") || t.lower().equals("of") || zowel && t.lower().equals("als");
        }
        return t.is(',') || t.is(';') || t.is('/') || (t.is('–') || t.is('-')) && t.spaceBefore();
    }

    /** The run opens its sentence or clause and closes it, or stands before a plural verb of lying or belonging. */
    private static boolean opensAndCloses(List<Token> tokens, WordLists words, int first, int last) {
        boolean label = false;
        if (first > 0) {
            Token before = tokens.get(first - 1);
            if (before.is(':')) {
                // review (rb, 09:19): "Aanwezig: Herpen, Mill en Ravenstein." lists persons; only a place label or
                // "verspreid" before the colon opens a list of places
                if (first < 2 || !tokens.get(first - 2).isWord()
                        || !PLACE_LABELS.contains(tokens.get(first - 2).lower())) {
                    return false;
                }
                label = true;
            } else if (!(before.is('.') || before.is(';') || before.is('!') || before.is('?'))) {
                return false;
            }
        }
        int n = tokens.size();
        // review (rb, 09:24): a run that is the whole sentence ("Herpen, Mill.", a table cell or an answer) has no
        // place evidence; only after a place label ("verspreid: Heeten, Nieuw Heeten en Broekland")
        if (last + 1 >= n || last + 2 >= n && (tokens.get(last + 1).is('.') || tokens.get(last + 1).is('!'))) {
            return label;
        }
        Token after = tokens.get(last + 1);
        if (!after.isWord()) {
            return after.is(':') || after.is(';') || after.is('.') || after.is(',') || after.is('–')
                    || after.is('—') || after.is('-') && after.spaceBefore();
        }
        String verb = after.lower();
        String next = last + 2 < n && tokens.get(last + 2).isWord() ? tokens.get(last + 2).lower() : "";
        if (LIE_VERBS.contains(verb) || FALL_VERBS.contains(verb) && FALL_PREPOSITIONS.contains(next)
                || BELONG_VERBS.contains(verb) && BELONG_PREPOSITIONS.contains(next)) {
            return placeComplement(tokens, words, last + 2);
        }
        return placeCopula(tokens, last);
    }

    /**
     * Review (rb, 09:19): after "liggen", "vallen onder", "horen bij" a place's complement within six words: a unit of
     * administration or an area team ("de gemeente", "het gebiedsteam", "de regio"), a distance or nearness ("te ver",
     * "vlakbij", "op 5 km"), a border, or a capitalised word of a place list ("het jeugdteam Drechterland"). Persons
     * lie in hospital, fall under administration, belong to a network: "liggen al jaren overhoop", "vallen onder
     * bewindvoering", "horen bij het netwerk van moeder" keep the flags.
     */
    private static boolean placeComplement(List<Token> tokens, WordLists words, int from) {
        int n = tokens.size();
        for (int k = from; k < n && k < from + 6; k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('!') || t.is('?')) {
                return false;
            }
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (!t.capitalised() && (PERSON_OBJECTS.contains(lower) || lower.equals("met"))) {
                return false; // review (rb, 09:41): "in het ziekenhuis in Nijmegen", "in de clinch met de gemeente"
            }
            if (!t.capitalised() && (PLACE_OBJECTS.contains(lower) || AREA_TEAMS.contains(lower)
                    || lower.equals("ver") || lower.equals("km") || lower.equals("kilometer"))) {
                return true;
            }
            // a listed place only as the verb's own object, right after its preposition ("horen bij Wormerland")
            if (t.capitalised() && !t.allCaps() && k > from && placeListed(WordLists.lower(t.text()), words)
                    && !words.isFirstName(t.text()) && tokens.get(k - 1).isWord()
                    && OBJECT_PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "zijn te ver", "waren dorpen": the plural copula with what only places are, after the token {@code last}. */
    private static boolean placeCopula(List<Token> tokens, int last) {
        int n = tokens.size();
        if (last + 2 >= n || !tokens.get(last + 1).isWord() || !tokens.get(last + 2).isWord()) {
            return false;
        }
        String verb = tokens.get(last + 1).lower();
        String next = tokens.get(last + 2).lower();
        String third = last + 3 < n && tokens.get(last + 3).isWord() ? tokens.get(last + 3).lower() : "";
        return (verb.equals("zijn") || verb.equals("waren"))
                && (next.equals("te") && third.equals("ver") || PLACE_COMPLEMENTS.contains(next));
    }

    /** "in", "naar", "verspreid over" ... before the run, and no bracket, capital or person's verb after it. */
    private static boolean afterPreposition(List<Token> tokens, int first, int last) {
        if (first == 0 || !tokens.get(first - 1).isWord()) {
            return false;
        }
        String before = tokens.get(first - 1).lower();
        boolean spread = before.equals("over") && first >= 2 && tokens.get(first - 2).isWord()
                && tokens.get(first - 2).lower().equals("verspreid");
        if (!PREPOSITIONS.contains(before) && !spread) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            if (tokens.get(k).isWord() && MESSAGES.contains(tokens.get(k).lower())) {
                return false; // review (rb): "berichten naar Erp en Heesch", "dreigende taal richting Heesch en Lith"
            }
        }
        if (before.equals("naar") || before.equals("richting")) {
            boolean movement = false;
            for (Token t : tokens) {
                movement |= t.isWord() && MOVEMENT.contains(t.lower());
            }
            if (!movement) {
                return false; // review (rb, 09:41): "agressief richting Erp en Heesch"
            }
        }
        if (last + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(last + 1);
        // suite (round-19 rows): "in Heenvliet en Zuidland zorgde voor haar", "in Culemborg en Lexmond weet daar niets
        // van": a word after the run may open a clause with a member as its subject, so only a punctuation mark
        return !after.isWord() && !after.is('(') && !after.is('/');
    }

    /** The run stands before a plural verb of lying or belonging with a place's complement, or "zijn te ver". */
    private static boolean verbSlot(List<Token> tokens, WordLists words, int last) {
        int n = tokens.size();
        if (last + 1 >= n || !tokens.get(last + 1).isWord()) {
            return false;
        }
        String verb = tokens.get(last + 1).lower();
        String next = last + 2 < n && tokens.get(last + 2).isWord() ? tokens.get(last + 2).lower() : "";
        if (LIE_VERBS.contains(verb) || FALL_VERBS.contains(verb) && FALL_PREPOSITIONS.contains(next)
                || BELONG_VERBS.contains(verb) && BELONG_PREPOSITIONS.contains(next)) {
            return placeComplement(tokens, words, last + 2);
        }
        return placeCopula(tokens, last);
    }

    /**
     * Person evidence at a member: a family word, role or title before it; after the last member also a capital, a
     * person's verb, a family apposition or an age ({@link PlacesBySurroundings#personAround}; a member inside the run
     * has a joiner after it, which that check would read as the start of an apposition).
     */
    private static boolean personEvidence(List<Token> tokens, int[] role, WordLists words, int s, int e,
            boolean last, boolean shouted) {
        if (RelativeGuard.kinBefore(tokens, role, words, s)
                || last && PlacesBySurroundings.personAround(tokens, role, words, e)) {
            return true;
        }
        if (e + 1 < tokens.size() && tokens.get(e + 1).isWord()
                && NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(e + 1).lower())
                && !(last && placeCopula(tokens, e))) {
            return true; // "Herpen zijn huis" (not "Haaren en Esch zijn te ver")
        }
        if (s >= 1 && tokens.get(s - 1).isWord() && lowerCase(tokens.get(s - 1), shouted)
                && PARTICLES.contains(tokens.get(s - 1).lower())
                && !(s >= 2 && tokens.get(s - 2).isWord() && PREPOSITIONS.contains(tokens.get(s - 2).lower()))) {
            return true; // "van Herpen en Gassel": a name particle (not "in de Purmer en ...")
        }
        return s >= 2 && tokens.get(s - 1).is('.') && tokens.get(s - 2).isWord()
                && tokens.get(s - 2).text().length() <= 2 && Character.isUpperCase(tokens.get(s - 2).text().charAt(0));
    }

    private static boolean relationInSentence(List<Token> tokens, boolean shouted) {
        for (Token t : tokens) {
            if (t.isWord() && lowerCase(t, shouted) && (PersonRelationWords.relation(t.lower())
                    || RECIPROCAL.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "... vallen af als pleeggezin", "als oppas": a role, family word or family noun after "als" behind the run. */
    private static boolean asPersonNoun(List<Token> tokens, WordLists words, int last, boolean shouted) {
        for (int k = last + 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('?') || t.is('!')) {
                return false;
            }
            if (t.isWord() && lowerCase(t, shouted) && (FAMILY_AFTER.contains(t.lower()) || t.lower().endsWith("gezinnen")
                    || t.lower().endsWith("pleeggezin"))) {
                return true; // suite: "verspreid over Bergen en Wamel, twee pleeggezinnen", "...: drie broers"
            }
            if (t.isWord() && t.lower().equals("als")) {
                String next = tokens.get(k + 1).lower();
                if (words.isKinOrRole(next) || next.endsWith("gezin") || next.endsWith("gezinnen")
                        || next.endsWith("ouders") || next.endsWith("ouder")) {
                    return true;
                }
            }
        }
        return false;
    }
}
