package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): a professional named by the surname alone before "van" and the organisation, at the start of
 * a sentence or clause, when a verb of calling or telling follows in the clause: "Kuiper van Accare belde", "Bakhuis
 * van Dimence belde terug", "Woensdag, Wolf van de Raad zei ...". A professional outside the three cover fields is a
 * name (card-format.md). Job, rank, role and unit nouns stand in the same slot ("Kapitein van het Leger des Heils
 * belde", "Portier van Parnassia belde", "Secretariaat van Lentis mailde"): a word of {@code job-nouns.txt}, or a
 * compound that ends in one of its entries ("Zorgcoördinator", "Wijkverpleegkundige"), is left alone, and so is a
 * dictionary word that no surname list holds ("Directie", "Receptie"), a kin, role or title word, a place, an
 * organisation, and a word no list knows that ends like a unit or service ("Buurtbemiddeling", "-loket", "-team"). Trades that are among the most frequent
 * surnames (Bakker, Visser, Kuiper, Molenaar ...) are not in the job list on purpose: in this slot the surname
 * reading wins. Round 19 (r19-names): a frequent surname that is also a word ({@code frequent-word-surnames.txt}:
 * "Kuiper", "Visser", "De Vries", "De Jong") counts where a dictionary word otherwise does not: after a capitalised
 * "De" ("De Vries van Accare belde"), after a lower-case "de" at a clause start ("Gisteren, de Groot van Accare nam
 * contact op") and in capitals ("KUIPER VAN ACCARE BELDE"); not before a verb of contact alone (review: "Boer van De
 * Hoeve nam contact op" is the farmer); offices and schools in the slot ("De Gouverneur van Curaçao", "De Ark van Stichting Proo")
 * are no such surnames and stay. Stateless and thread-safe.
 */
final class SurnameBeforeOrganisationCall {

    /** Verbs (finite forms and participles) of calling, writing and telling that end the slot. */
    private static final Set<String> CALL_VERBS = WordSets.of("belde", "belt", "bellen", "gebeld", "terugbelde",
            "mailde", "mailt", "gemaild", "zei", "zegt", "gezegd", "appte", "appt", "geappt", "meldde", "meldt",
            "gemeld", "liet", "laat", "vertelde", "vertelt", "verteld", "gaf", "geeft", "aangegeven", "schreef",
            "schrijft", "geschreven", "stuurde", "stuurt", "gestuurd", "reageerde", "reageert", "gereageerd", "sprak",
            "spreekt", "gesproken", "antwoordde", "antwoordt", "bevestigde", "bevestigt", "bevestigd", "adviseerde",
            "adviseert", "geadviseerd", "vroeg", "vraagt", "gevraagd", "waarschuwde", "waarschuwt", "gewaarschuwd",
            "tipte", "getipt", "faxte", "sms'te", "smste");
    /**
     * Round 18: verbs of contact ("heeft contact opgenomen", "nam contact op", "benaderde moeder"). Agency prose uses
     * them with nouns of office and units too ("Land van Cuijk nam het besluit", "Bisschop van Roermond stelde"), so
     * they end the slot only for a surname of the lists that is no dictionary word (review of round 18).
     */
    private static final Set<String> CONTACT_VERBS = WordSets.of("opgenomen", "nam", "neemt", "benaderde",
            "benadert", "benaderd", "informeerde", "informeert", "geïnformeerd", "stelde", "stelt");
    /** Particles that open a surname at a clause start in the slot ("Van Dam", "Ter Horst"; "De" only before a word of
     * no dictionary: "De Gouverneur van Curaçao", "De Boer van de zorgboerderij" are offices and trades). */
    private static final Set<String> OPENING_PARTICLES = Set.of("van", "ter", "ten", "den", "de");
    /** Tokens that open a clause before the slot. */
    private static final String CLAUSE_OPENERS = ",;:-–—•*(";
    private static final Set<String> ARTICLES = Set.of("de", "het", "'t");
    /** Endings of unit and service nouns (Dutch compounds the dictionary may lack). */
    private static final List<String> UNIT_ENDINGS = List.of("ing", "atie", "tie", "teit", "heid", "schap", "dienst",
            "team", "loket", "punt", "centrum", "bureau", "afdeling", "lijn", "desk", "groep");
    /** Endings of Dutch agent nouns (job titles of no list). */
    private static final List<String> AGENT_ENDINGS = List.of("er", "ist", "aar", "ier", "eur", "ant", "ent", "oog",
            "ige", "maatje", "buddy", "professional");
    /** Job heads of four letters that a compound may end in ("Schoolarts", "Gebarentolk"); units of four stay out. */
    private static final Set<String> SHORT_JOB_HEADS = Set.of("arts", "tolk", "gids", "boa");
    /** Numerals and quantifiers at the start of the slot ("Eén van de docenten belde"). */
    private static final Set<String> NUMERALS = Set.of("een", "één", "eén", "twee", "drie", "vier", "vijf", "beide",
            "enkele", "sommige", "velen", "allen", "iedereen", "niemand", "iemand");
    /** How far after "van" the verb may stand. */
    private static final int REACH = 10;

    private SurnameBeforeOrganisationCall() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        flag(tokens, coveredOrganisation, words, false, flag);
    }

    /**
     * @param shouted the text was written in capitals and is read in Title Case: "van", "namens" and the verb are
     *                capitalised too, and only a surname of the lists counts (round 18)
     */
    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean shouted,
                     boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.allCaps() || t.text().length() < 2 || coveredOrganisation[i]
                    || !clauseStart(tokens, i)) {
                continue;
            }
            if (!t.capitalised() && t.text().equals("de") && i + 4 < n && frequentDeSurname(tokens.get(i + 1))
                    && link(tokens.get(i + 2), false) && organisationAfter(tokens, i + 3, words, false)
                    && callVerbAfter(tokens, i + 3, false) > 0 && !coveredOrganisation[i + 1]) {
                flag[i] = true; // round 19: "Gisteren, de Boer van Accare nam contact op"
                flag[i + 1] = true;
                continue;
            }
            if (!t.capitalised()) {
                // round 18: "brinkman van lentis belde", "hendriks namens veilig thuis belde": a surname of the lists
                // in lower case at a clause start that is no dictionary word ("leerling van", "bode van" are nouns)
                String cap = NameClassifier.capitalise(t.lower());
                if (t.text().length() >= 3 && link(tokens.get(i + 1), false)
                        && organisationAfter(tokens, i + 2, words, true) && callVerbAfter(tokens, i + 2, false) > 0
                        && words.isSurname(cap) && !words.isWord(t.lower()) && surnameLike(cap, words)) {
                    flag[i] = true;
                }
                continue;
            }
            int head = shouted ? i : afterParticles(tokens, i, words);
            if (head > i) {
                // round 18: "Van Dam namens de GGD mailde", "Ter Horst van Accare belde": a surname with its particles
                if (head + 3 < n && particleSurname(tokens, i, head, coveredOrganisation, words)
                        && link(tokens.get(head + 1), false) && organisationAfter(tokens, head + 2, words, false)
                        && callVerbAfter(tokens, head + 2, false) > 0) {
                    for (int k = i; k <= head; k++) {
                        flag[k] = true;
                    }
                }
                continue;
            }
            if (t.text().length() < 3 || !link(tokens.get(i + 1), shouted)
                    || !(shouted ? listedOrganisationAfter(tokens, i + 2, words)
                    : organisationAfter(tokens, i + 2, words, false))) {
                continue;
            }
            int verb = callVerbAfter(tokens, i + 2, shouted);
            String text = NameClassifier.stripPossessive(t.text());
            boolean noWord = !words.isWord(t.lower());
            // round 19: in capitals a frequent surname that is a word counts too ("KUIPER VAN ACCARE BELDE"); before a
            // verb of contact it does not (review: "Boer van De Hoeve nam contact op" is the farmer)
            boolean shoutedSurname = noWord || Holder.FREQUENT.contains(t.lower());
            if (verb > 0 && surnameLike(text, words) && (!shouted || (words.isSurname(text) || words.isWeakName(t.lower()))
                    && shoutedSurname)
                    && (verb == 1 || (words.isSurname(text) || words.isWeakName(t.lower())) && noWord)) {
                flag[i] = true;
            }
        }
    }

    /**
     * Round 18: "van" or "namens" between the surname and the organisation ("Wouters namens Veilig Thuis belde");
     * in a shouted text read in Title Case also "Van" / "Namens".
     */
    private static boolean link(Token t, boolean shouted) {
        return t.isWord() && (shouted || !t.capitalised()) && LINKS.contains(t.lower());
    }

    private static final Set<String> LINKS = Set.of("van", "namens");

    /** Capitalised particles of a surname at the clause start ("Van", "Van der", "Ter", "De"); the first word after. */
    private static int afterParticles(List<Token> tokens, int i, WordLists words) {
        if (!OPENING_PARTICLES.contains(tokens.get(i).lower())) {
            return i;
        }
        int k = i;
        while (k < tokens.size() && k < i + 3 && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower())
                && (k == i || !tokens.get(k).capitalised())) {
            k++;
        }
        if (k == i || k >= tokens.size() || !tokens.get(k).isWord() || !tokens.get(k).capitalised()) {
            return i;
        }
        return k;
    }

    /**
     * The word after the particles is a surname of the lists and none of the job, kin, role, title, place or
     * organisation words ("De Kapitein van ...", "De Raad van ..." stay).
     */
    private static boolean particleSurname(List<Token> tokens, int first, int head, boolean[] coveredOrganisation,
                                           WordLists words) {
        Token t = tokens.get(head);
        String lower = t.lower();
        boolean frequentDe = tokens.get(first).lower().equals("de") && head == first + 1 && frequentDeSurname(t);
        if (tokens.get(first).lower().equals("de") && head == first + 1 && (words.isWord(lower)
                || words.isCommonWord(lower)) && !frequentDe) {
            return false; // "De Gouverneur van Curaçao", "De Boer van de zorgboerderij", "De Jongens van de klas"
        }
        return !t.allCaps() && !coveredOrganisation[head] && (words.isSurname(t.text()) || frequentDe)
                && !Holder.JOBS.contains(lower)
                && !jobCompound(lower) && !kinCompound(lower, words) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && !words.isPlace(lower) && !words.isAbroad(lower)
                && words.allowed().wordKind(lower).isEmpty();
    }

    /** Round 19: "Vries" of "De Vries": "de" and the word are a frequent surname of {@code frequent-word-surnames.txt}. */
    private static boolean frequentDeSurname(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps() && Holder.FREQUENT.contains("de " + t.lower());
    }

    /**
     * Round 20 (t20-cards): a frequent surname that is also a word, or "de" with a word, of
     * {@code frequent-word-surnames.txt} ("mulder", "de vries"), for the other steps that read the list.
     */
    static boolean frequentWordSurname(String lower) {
        return Holder.FREQUENT.contains(lower);
    }

    /** A surname of the lists or a word no list knows, and none of the job, role, place or organisation words. */
    static boolean surnameLike(String text, WordLists words) {
        String lower = WordLists.lower(text);
        if (Holder.JOBS.contains(lower) || jobCompound(lower) || kinCompound(lower, words) || NUMERALS.contains(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || NameClassifier.isFunctionWord(lower) || words.isCommonWord(lower)
                || words.isPlace(lower) || words.isPlaceInContext(lower) || words.isAbroad(lower)
                || words.allowed().wordKind(lower).isPresent()) {
            return false;
        }
        if (words.isSurname(text) || words.isWeakName(lower)) {
            return true;
        }
        return !words.isWord(lower) && !words.isFirstName(text) && !unitEnding(lower) && !agentEnding(lower);
    }

    /**
     * Review of round 17: an unknown word with the ending of a Dutch agent noun ("Regiehouder", "Kindbehartiger",
     * "Meldkamercentralist", "Groepsopvoeder") is a job title the dictionary lacks, not a surname; a surname of the
     * lists with such an ending was decided above.
     */
    private static boolean agentEnding(String lower) {
        for (String ending : AGENT_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A compound whose last part is a kin word ("Oppasoma", "Bonusvader", "Pleegouder", "Steunmoeder"). Round 18: not
     * "-man" in a surname of the lists that no dictionary holds (Brinkman, Bosman, Hofman: the ending of many surnames,
     * not "husband"); job nouns in -man stay jobs (Stuurman, Werkman, Cameraman, Huisman).
     */
    private static boolean kinCompound(String lower, WordLists words) {
        for (int k = 3; k <= lower.length() - 3; k++) {
            String head = lower.substring(k);
            if (head.equals("man") && words.isSurname(NameClassifier.capitalise(lower)) && !words.isWord(lower)) {
                continue;
            }
            if (words.isKinOrRole(head)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown compound that names a unit or a service, not a person ("Buurtbemiddeling", "Jeugdhulploket"). */
    private static boolean unitEnding(String lower) {
        for (String ending : UNIT_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jobCompound(String lower) {
        for (int k = 3; k <= lower.length() - 4; k++) {
            String head = lower.substring(k);
            if (Holder.JOBS.contains(head) && (head.length() >= 5 || SHORT_JOB_HEADS.contains(head))) {
                return true; // "zorgcoördinator", "wijkverpleegkundige", "woonbegeleider"
            }
        }
        return false;
    }

    private static boolean clauseStart(List<Token> tokens, int i) {
        if (tokens.get(i).sentenceStart() || i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return !before.isWord() && before.text().length() == 1 && CLAUSE_OPENERS.indexOf(before.text().charAt(0)) >= 0;
    }

    /**
     * "van Accare", "van de Raad", "van het Leger des Heils", "van het CJG": a capitalised word after "van" (and an
     * article), or a listed organisation. Review of round 17: "van moeder", "van het gezin", "van het rapport" do not
     * open the slot (relations and documents: "Bonusvader van de kinderen appte", "Schrijver van het rapport zegt").
     * Round 18: a listed organisation of several words counts in any case ("namens veilig thuis"); with
     * {@code listedOnly} (the surname in lower case) a capitalised word counts only when it is no dictionary word.
     */
    private static boolean organisationAfter(List<Token> tokens, int k, WordLists words, boolean listedOnly) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && ARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord() || tokens.get(k).hasDigit()) {
            return false;
        }
        Token t = tokens.get(k);
        return !listedOnly && t.capitalised() && !words.isKinOrRole(t.lower())
                || listedOnly && t.capitalised() && !words.isKinOrRole(t.lower()) && !words.isDutchWord(t.lower())
                || words.allowed().match(tokens, k).kind() == PhraseIndex.Kind.ORGANISATION
                || words.allowed().wordKind(t.lower()).filter(kind -> kind == PhraseIndex.Kind.ORGANISATION).isPresent();
    }

    /**
     * 1: a verb of calling or telling follows in the clause; 2: only a verb of contact (round 18); 0: neither. Round 18
     * (review): in a shouted text the search stops at a comma too, so the verb belongs to the slot's clause ("DE JONGENS
     * VAN DE KLAS PESTEN HEM, DE MENTOR BELDE"); in ordinary case an apposition may stand between ("Kuiper van Accare,
     * gedragswetenschapper, belde").
     */
    private static int callVerbAfter(List<Token> tokens, int from, boolean shouted) {
        int n = tokens.size();
        for (int k = from; k < n && k < from + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('?') || t.is('!') || shouted && t.is(',')) {
                return 0;
            }
            if (t.isWord() && (shouted || !t.capitalised())) {
                if (CALL_VERBS.contains(t.lower())) {
                    return 1;
                }
                if (CONTACT_VERBS.contains(t.lower())) {
                    return 2;
                }
            }
        }
        return 0;
    }

    /**
     * Round 18 (review): in a shouted text every word is capitalised, so after "VAN" only a listed organisation opens
     * the slot ("KUIPER VAN ACCARE BELDE"; not "VISSER VAN BEROEP", "DE OBER VAN HET RESTAURANT").
     */
    private static boolean listedOrganisationAfter(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && ARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord()) {
            return false;
        }
        return words.allowed().match(tokens, k).kind() == PhraseIndex.Kind.ORGANISATION
                || words.allowed().wordKind(tokens.get(k).lower()).filter(kind -> kind == PhraseIndex.Kind.ORGANISATION)
                .isPresent();
    }

    /** The job list, read once. */
    private static final class Holder {
        private static final Set<String> JOBS = WordLists.lowerCaseSet("job-nouns.txt");
        /** Round 19: frequent surnames that are words, and "de" with a word ("kuiper", "de vries"). */
        private static final Set<String> FREQUENT = WordLists.lowerCaseSet("frequent-word-surnames.txt");
    }
}
