package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 (t22-names): a name in lower case, as speech-to-text and quick notes write it (no capitals, no
 * punctuation), read from the person slot it stands in. The name is one of
 * <ul>
 *   <li>a <em>full name</em>: a listed given name ({@link TelegramWords#listedGivenName}: a dictionary may hold it,
 *       "jaap", no everyday word), up to three particles, a listed surname ("jaap noordhoff", "harry de vrieze");</li>
 *   <li>a <em>particle surname</em>: one to three particles and a listed surname ("van asselt", "de vrieze");</li>
 *   <li>a <em>bare surname</em>: a listed surname alone ("dudek").</li>
 * </ul>
 * The surname must be a listed surname that no Dutch dictionary, frequent-word, kin, title, place or organisation
 * list holds; after particles a village that is also a surname ({@code places-also-names.txt}: "asselt") counts, a
 * town of the gazetteer never ("van assen"); a dictionary word that is a listed surname (no everyday word) counts
 * after a listed given name ("wim kuipers"), and any listed surname, even a place or a frequent word, after an old
 * particle der, den, ter, ten ("van der hoeven"), unless "van" follows ("ter hoogte van", "ten huize van"); not
 * after "de" or "van de", which stand before nouns ("van de hoeven"). The slots:
 * <ol>
 *   <li>after a kin word or a form of address ("vader harry de vrieze", "oom gerrit de boerema") and after a word
 *       that takes a person ("met", "namens", "hallo met"): a full name or a particle surname;</li>
 *   <li>at a clause start (the text's first word, after punctuation or "en", "maar", "dus", "toen", "dat") right
 *       before a person's verb ("zei", "zag", "heeft", "belde" ...): any of the three ("dudek heeft het niet over
 *       zijn drankgebruik gehad", "van asselt zag vader", "wim kuipers zei"); the word must be in lower case, as the
 *       text it stands in;</li>
 *   <li>at a clause start, a listed given name before a kin word and a person's verb, the way speech says "Jantje's
 *       grandmother" ("jantje oma zegt"): the given name;</li>
 *   <li>the subject of a clause after a reporting verb and "dat" ("moeder zegt dat fem kea de jongste heeft
 *       geslagen"): two words, the first no Dutch word (a name the software spelt its own way), the second a listed
 *       surname even where a dictionary holds it, then an article, pronoun or adverb as a subject is followed by;
 *       "zegt dat oma bakker de sleutel heeft" has a Dutch word first and is left to the kin rules.</li>
 * </ol>
 * Two words that are no given name and surname stay ("hallo met de moeder", "met spoed gebeld", "vader woont in
 * assen"), and so do proper phrases and organisations written in lower case ("met jeroen bosch ziekenhuis", a name
 * before an institution's head word), and a bare surname that the same text writes after "het" ("ligt in het erasmus
 * en erasmus wil hem houden": a hospital). Capitalised words are left to the other rules. Stateless.
 */
final class SpokenNameInPersonSlot {

    /** Words that take a person right after them in speech ("hallo met jaap", "namens", "gesproken met"). */
    private static final Set<String> PERSON_PREPOSITIONS = WordSets.of("met", "namens", "hallo", "hoi", "dag");
    /** Finite verbs of a person's own doing or saying, right after the subject. */
    private static final Set<String> PERSON_VERBS = WordSets.of("zei", "zegt", "zeggen", "zag", "ziet", "heeft", "had",
            "belde", "belt", "vertelde", "vertelt", "vindt", "vond", "wil", "wilde", "weet", "wist", "sloeg", "slaat",
            "dreigde", "dreigt", "schreeuwde", "schreeuwt", "kwam", "komt", "ging", "gaat", "is", "was", "woont",
            "woonde", "drinkt", "dronk", "duwde", "duwt", "schopte", "schopt", "appte", "appt", "stuurde", "stuurt",
            "meldde", "meldt", "ontkent", "ontkende", "vraagt", "vroeg", "huilde", "huilt", "liet", "laat", "kan",
            "kon", "moet", "moest", "mag", "mocht", "zal", "zou", "past", "paste", "haalt", "haalde", "brengt", "bracht",
            // round 23 (t23-items): more of a person's own doing ("dudek rookt in huis", "nowak scheldt")
            "rookt", "rookte", "blowt", "blowde", "gebruikt", "gebruikte", "speelt", "speelde", "slaapt", "sliep",
            "werkt", "werkte", "eet", "lacht", "lachte", "scheldt", "schold", "liegt", "loog", "vloekt", "vloekte",
            "rijdt", "reed", "loopt", "liep", "zit", "zat", "wacht", "wachtte", "weigert", "weigerde", "zorgt",
            "zorgde", "helpt", "hielp", "kookt", "kookte", "betaalt", "betaalde", "gokt", "gokte", "gooit", "gooide",
            "pakt", "pakte", "belooft", "beloofde", "denkt", "dacht", "voelt", "voelde", "praat", "praatte");
    /**
     * Round 23 (t23-items): adverbs that open a clause with the verb before its subject ("daarna heeft nowak de
     * kinderen gehaald", "toen zei dudek"): the word after the verb is the subject's slot.
     */
    private static final Set<String> INVERTING_ADVERBS = WordSets.of("daarna", "toen", "gisteren", "vandaag",
            "later", "vervolgens", "eerst", "daarom", "dan", "nu", "ook", "soms", "vaak", "vanochtend", "vanmiddag",
            "vanavond", "vannacht", "eergisteren", "afgelopen", "opeens", "ineens", "volgens");
    /** Words after which a clause starts in text without punctuation. */
    private static final Set<String> OPENERS = WordSets.of("en", "maar", "want", "dus", "toen", "dat", "omdat");
    private static final int MAX_PARTICLES = 3;

    private SpokenNameInPersonSlot() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised()) {
                continue;
            }
            if (reportedSubject(tokens, words, i)) {
                flag[i] = true;
                flag[i + 1] = true;
                continue;
            }
            boolean afterSlotWord = i > 0 && slotWordBefore(tokens, words, i);
            boolean inverted = invertedSubject(tokens, i);
            boolean clauseStart = clauseStart(tokens, i) || inverted;
            if (!afterSlotWord && !clauseStart) {
                continue;
            }
            int end = nameEnd(tokens, words, i, clauseStart && !afterSlotWord);
            if (end < 0) {
                if (clauseStart) {
                    givenNameBeforeKin(tokens, words, i, flag);
                }
                continue;
            }
            boolean verbAfter = end + 1 < n && tokens.get(end + 1).isWord() && !tokens.get(end + 1).capitalised()
                    && PERSON_VERBS.contains(tokens.get(end + 1).lower());
            if (LowerCaseSurnameAfterPreposition.institutionAfter(tokens, end + 1)
                    || LowerCaseFullNameAtClauseStart.properPhrase(tokens, words, i, end)) {
                continue;
            }
            boolean bare = end == i && !TelegramWords.listedGivenName(words, t.lower());
            if (bare && afterNeuterArticle(tokens, t.lower())) {
                continue; // "ligt in het erasmus en erasmus wil hem houden": the hospital, named with its article
            }
            if (afterSlotWord && !bare || clauseStart && verbAfter || inverted) {
                for (int m = i; m <= end; m++) {
                    flag[m] = true;
                }
            }
        }
    }

    /**
     * Round 23 (t23-items): the subject's slot after an inverting adverb at a clause start and a person's verb
     * ("daarna heeft nowak ..."): read as a clause start, so a lower-case name there needs a person's verb after it or
     * is a bare listed surname of no word list before an object ("de kinderen"); the verb before it is checked here.
     */
    private static boolean invertedSubject(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token verb = tokens.get(i - 1);
        Token adverb = tokens.get(i - 2);
        return verb.isWord() && !verb.capitalised() && PERSON_VERBS.contains(verb.lower()) && adverb.isWord()
                && INVERTING_ADVERBS.contains(adverb.lower()) && clauseStart(tokens, i - 2);
    }

    /** The same word stands after "het" or "'t" in the segment: an institution ("in het erasmus"). */
    private static boolean afterNeuterArticle(List<Token> tokens, String lower) {
        for (int j = 1; j < tokens.size(); j++) {
            Token a = tokens.get(j - 1);
            if (a.isWord() && (a.lower().equals("het") || a.lower().equals("'t")) && tokens.get(j).isWord()
                    && tokens.get(j).lower().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** A kin word, a form of address or a word that takes a person, in lower case, right before {@code i}. */
    private static boolean slotWordBefore(List<Token> tokens, WordLists words, int i) {
        Token p = tokens.get(i - 1);
        if (!p.isWord() || p.capitalised() && !p.sentenceStart()) {
            return false;
        }
        String w = p.lower();
        return words.isKinOrRole(w) && !PROFESSIONAL_OR_GROUP.contains(w) || words.isTitle(w)
                || PERSON_PREPOSITIONS.contains(w);
    }

    /** Role words that name a group or a professional's job rather than a relative ("team", "school"). */
    private static final Set<String> PROFESSIONAL_OR_GROUP = WordSets.of("team", "school", "gezin", "familie");

    private static boolean clauseStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token p = tokens.get(i - 1);
        return p.is('.') || p.is(',') || p.is(':') || p.is(';') || p.is('"') || p.is('!') || p.is('?')
                || p.isWord() && !p.capitalised() && OPENERS.contains(p.lower());
    }

    /**
     * The last token of a lower-case name starting at {@code i} (a full name, a particle surname, or, where
     * {@code bareAllowed}, a bare surname), or -1.
     */
    private static int nameEnd(List<Token> tokens, WordLists words, int i, boolean bareAllowed) {
        int n = tokens.size();
        String first = tokens.get(i).lower();
        int k = i;
        boolean given = TelegramWords.listedGivenName(words, first) && !words.isTussenvoegsel(first);
        if (given) {
            k = i + 1;
        }
        int particles = 0;
        while (k < n && particles < MAX_PARTICLES && lowerWord(tokens.get(k)) && words.isTussenvoegsel(tokens.get(k).lower())) {
            k++;
            particles++;
        }
        if (!given && particles == 1 && NEUTER_ARTICLES.contains(tokens.get(k - 1).lower())) {
            return -1; // round 25 (t25-cards): "nu gaat het nie meer": a lone "het" is the pronoun, no particle
        }
        boolean oldParticle = particles > 0 && OLD_PARTICLES.contains(tokens.get(k - 1).lower());
        if (k < n && lowerWord(tokens.get(k)) && (surname(words, tokens.get(k).lower(), particles > 0)
                || given && wordSurname(words, tokens.get(k).lower())
                || oldParticle && TelegramWords.letters(tokens.get(k).lower()) && tokens.get(k).lower().length() >= 3
                && words.isSurname(NameClassifier.capitalise(tokens.get(k).lower()))
                && !(k + 1 < n && tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().equals("van")))) {
            if (k > i) {
                return k;
            }
            return bareAllowed ? k : -1;
        }
        return -1;
    }

    private static boolean lowerWord(Token t) {
        return t.isWord() && !t.capitalised();
    }

    /**
     * Round 25 (t25-cards): "het", the neuter article and subject pronoun. Alone before a listed surname it is the
     * subject of the clause ("nu gaat het nie meer"), never a particle of its own; "van het hof" (a particle before
     * it) and "'t hooft" (the particle of real surnames: 't Hart, 't Hooft) stay particle surnames.
     */
    private static final Set<String> NEUTER_ARTICLES = WordSets.of("het");

    /** Particles that no longer stand as articles in Dutch prose: after them even a Dutch word is a surname. */
    private static final Set<String> OLD_PARTICLES = WordSets.of("der", "den", "ter", "ten");

    /**
     * A listed surname that a dictionary holds too ("kuipers", "hoeven"), after a given name that is no Dutch word
     * ("wim kuipers") or after an old particle ("van der hoeven"); no everyday word, place or organisation.
     */
    private static boolean wordSurname(WordLists words, String lower) {
        return lower.length() >= 3 && TelegramWords.letters(lower) && words.isSurname(NameClassifier.capitalise(lower))
                && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower)
                && !CareNoteAbbreviation.listed(lower);
    }

    /** A listed surname of no word, place or organisation list; after particles a village that is also a surname. */
    private static boolean surname(WordLists words, String lower, boolean afterParticle) {
        if (lower.length() < 3 || !TelegramWords.letters(lower) || !words.isSurname(NameClassifier.capitalise(lower))
                || words.isDutchWord(lower) || TelegramWords.ordinary(words, lower) || CareNoteAbbreviation.listed(lower)
                || words.allowed().containsWord(lower) || words.isAbroad(lower) || words.isPlace(lower)) {
            return false;
        }
        return afterParticle || !words.isPlaceInContext(lower);
    }

    /** Verbs that report what someone says or knows, before "dat". */
    private static final Set<String> REPORTING = WordSets.of("zegt", "zei", "vertelt", "vertelde", "meldt", "meldde",
            "denkt", "dacht", "weet", "wist", "zag", "ziet", "hoorde", "hoort", "verklaart", "verklaarde", "ontkent",
            "ontkende", "beweert", "beweerde");
    /** Words that follow a clause's subject: articles, object pronouns, adverbs. */
    private static final Set<String> AFTER_SUBJECT = WordSets.of("de", "het", "een", "hem", "haar", "mij", "ons",
            "hen", "ze", "zijn", "niet", "nooit", "vaak", "altijd", "weer", "soms", "ook", "nog", "al");

    /** "zegt dat fem kea de jongste heeft geslagen": two words of a name as the subject after "dat". */
    private static boolean reportedSubject(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 2 || i + 2 >= n || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("dat")
                || !tokens.get(i - 2).isWord() || !REPORTING.contains(tokens.get(i - 2).lower())) {
            return false;
        }
        Token first = tokens.get(i);
        Token second = tokens.get(i + 1);
        Token after = tokens.get(i + 2);
        if (!lowerWord(second) || !lowerWord(after) || !AFTER_SUBJECT.contains(after.lower())) {
            return false;
        }
        String a = first.lower();
        String b = second.lower();
        return a.length() >= 3 && TelegramWords.letters(a) && !words.isDutchWord(a) && !TelegramWords.ordinary(words, a)
                && !TelegramWords.elsewhere(words, a)
                && b.length() >= 3 && TelegramWords.letters(b) && words.isSurname(NameClassifier.capitalise(b))
                && !TelegramWords.ordinary(words, b) && !TelegramWords.elsewhere(words, b);
    }

    /** "jantje oma zegt": a listed given name, a kin word, a person's verb, at a clause start. */
    private static void givenNameBeforeKin(List<Token> tokens, WordLists words, int i, boolean[] flag) {
        int n = tokens.size();
        if (i + 2 >= n || !TelegramWords.listedGivenName(words, tokens.get(i).lower())
                || words.isKinOrRole(tokens.get(i).lower())) {
            return;
        }
        Token kin = tokens.get(i + 1);
        Token verb = tokens.get(i + 2);
        if (lowerWord(kin) && words.isKinOrRole(kin.lower()) && !PROFESSIONAL_OR_GROUP.contains(kin.lower())
                && lowerWord(verb) && PERSON_VERBS.contains(verb.lower())) {
            flag[i] = true;
        }
    }
}
