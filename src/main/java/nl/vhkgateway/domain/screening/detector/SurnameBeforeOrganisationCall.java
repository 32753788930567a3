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
 * reading wins. Stateless and thread-safe.
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
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 3
                    || coveredOrganisation[i] || !clauseStart(tokens, i)) {
                continue;
            }
            Token van = tokens.get(i + 1);
            if (!van.isWord() || !van.text().equals("van") || !organisationAfter(tokens, i + 2, words)
                    || !callVerbAfter(tokens, i + 2)) {
                continue;
            }
            if (surnameLike(NameClassifier.stripPossessive(t.text()), words)) {
                flag[i] = true;
            }
        }
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

    /** A compound whose last part is a kin word ("Oppasoma", "Bonusvader", "Pleegouder", "Steunmoeder"). */
    private static boolean kinCompound(String lower, WordLists words) {
        for (int k = 3; k <= lower.length() - 3; k++) {
            if (words.isKinOrRole(lower.substring(k))) {
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
     */
    private static boolean organisationAfter(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && ARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord() || tokens.get(k).hasDigit()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.capitalised() && !words.isKinOrRole(t.lower())
                || words.allowed().wordKind(t.lower()).filter(kind -> kind == PhraseIndex.Kind.ORGANISATION).isPresent();
    }

    private static boolean callVerbAfter(List<Token> tokens, int from) {
        int n = tokens.size();
        for (int k = from; k < n && k < from + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('?') || t.is('!')) {
                return false;
            }
            if (t.isWord() && !t.capitalised() && CALL_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The job list, read once. */
    private static final class Holder {
        private static final Set<String> JOBS = WordLists.lowerCaseSet("job-nouns.txt");
    }
}
