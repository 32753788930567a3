package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-cards): "De Heer" (also "Here", "Heere") opening a sentence or a quote is God in a devout
 * parent's words ("Vader: \"De Heer heeft ons geleerd de kinderen te tuchtigen.\" Moeder: \"Ik wil geen ruzie in de
 * kerk.\""), not the surname De Heer. Mid-sentence Dutch writes "de Heer" for God with a lower-case article and the
 * rules already leave it; at a clause start the article is capitalised as a surname's particle is, so the paragraph
 * decides. A clearing rule:
 * <ul>
 * <li>"De"/"de" then "Heer", "Here" or "Heere" (capitalised, not in capitals) inside quotation marks (a parent's
 * own words; the writer's text about a person "De Heer" outside quotes keeps the flags), opening a sentence or
 * following a quotation mark or a colon; round 24 (t24-cards): the devout spellings "Here" and "Heere" outside
 * quotation marks too (a church's letter: "De Heere heeft dit huisgezin gezegend"), with all the other conditions,
 * the pronouns, numbers and worldly words read to the end of the segment;</li>
 * <li>a verb of what God does follows (a closed list: "zorgt", "beschermt", "zegent", "straft" ...; an auxiliary such
 * as "heeft", "zal" only with a deed later in the clause: "heeft ons geleerd", "zal ons beschermen"), or a full stop,
 * "!" or "?" ends the clause; any other verb ("belde", "woont", "slaat", "heeft de sleutel"), a capital after it ("De
 * Heer Jansen"), a bracket, a comma (an apposition: "De Heer, de buurman, ..."), "van" ("De Heer van de kerk") keep
 * the flags (review rb);</li>
 * <li>no lower-case "hij", "hem", "zijn", no number and no word of money or home (euro, huur, huis, wonen) later in the
 * quote, and no predicate of a person ({@link PersonPredicate}: "hij is de buurman", "De Heer is de nieuwe vriend van
 * mama"; review rb);</li>
 * <li>a word of {@code faith-words.txt} (God, kerk, bidden, geloof, dominee, tuchtigen ...) stands in the same
 * paragraph; without one "De Heer heeft gebeld" stays a name;</li>
 * <li>no title, kin word, role or capitalised word right before the article ("Dominee De Heer komt", "meneer De Heer
 * zegt").</li>
 * </ul>
 * Round 25 (t25-held): a devout spelling with a lower-case "de" in a subordinate clause whose verb is God's act
 * ("wij weten in gebed dat de Here alles regeert (Psalm 91)"; {@link #subordinateDeed}), and a devout spelling opening
 * a quote before a gift only God gives, without a faith word in the paragraph ("Oma: \"De Heere geeft rust, maar wij
 * ...\""; {@link #giftOfGod}); a Bible reference's numbers are no amount ({@link BibleReference}). After review rb
 * both need the rest of the quote or sentence free of a woman's pronoun (ze, zij, haar) and of an apposition with a
 * person noun (", de buurvrouw", "die oppas"): a woman named De Heere.
 * The faith words are data. Stateless.
 */
final class DivineTitle {

    private static final Set<String> LORD = WordSets.of("heer", "here", "heere");
    /**
     * Round 24 (t24-cards): the devout spellings of the title, God's only in a writer's own text too ("De Heere heeft
     * dit huisgezin gezegend" in a deacons' letter); "Heer" outside quotation marks stays a person's surname.
     */
    private static final Set<String> DEVOUT_SPELLINGS = WordSets.of("here", "heere");
    private static final Set<String> FAITH = WordLists.lowerCaseSet("faith-words.txt");
    /** Words after "De Heer" that start a phrase about a person ("De Heer van de kerk", "De Heer en zijn vrouw"). */
    private static final Set<String> NOT_A_VERB = WordSets.of("van", "uit", "bij", "met", "en", "of", "de", "het",
            "een", "die", "dat", "op", "aan", "in", "te", "voor", "naast", "tegenover", "zelf", "senior", "junior", "sr",
            "jr");

    /** Verbs of God's acts in a devout parent's words (review rb: a closed list). */
    private static final Set<String> GOD_VERBS = WordSets.of("zorgt", "zorgde", "beschermt", "beschermde",
            "zegent", "zegende", "straft", "strafte", "vergeeft", "vergaf", "leidt", "leidde", "waakt", "oordeelt",
            "regeert", "redt", "redde", "troost", "spaart", "zegene", "behoede", "beware");
    /** Auxiliaries that need a deed of {@code GOD_DEEDS} later in the clause ("heeft ons geleerd"). */
    private static final Set<String> AUXILIARIES = WordSets.of("heeft", "had", "zal", "zou", "wil", "wilde", "kan",
            "moet", "laat");
    /** Review rb (12:56): no everyday deeds (gegeven, weet, ziet, neemt ...), only acts of God. */
    private static final Set<String> GOD_DEEDS = WordSets.of("geleerd", "gezegend", "beschermd", "gestraft",
            "geschapen", "gewild", "gered", "vergeven", "beschikt", "bewaard", "gespaard", "zegenen", "beschermen",
            "straffen", "redden", "zorgen", "bewaren", "sparen", "oordelen");
    /** Review rb (12:56): worldly things in the quote (an amount, money, a home) speak of a person. */
    private static final Set<String> WORLDLY = WordSets.of("euro", "geld", "huur", "huis", "wonen", "woont",
            "auto", "sleutel", "adres", "straat", "telefoon", "bellen", "belt", "belde");
    private static final Set<String> PRONOUNS = WordSets.of("hij", "hem", "zijn", "z'n");
    /**
     * Review ra (t24-cards): outside quotation marks only deeds no church member does ("De Heere leidt de dienst",
     * "zorgt voor vervoer" is a person named De Heere): blessing, creating, forgiving, keeping.
     */
    private static final Set<String> OUTSIDE_VERBS = WordSets.of("zegent", "zegende", "zegene", "behoede", "beware",
            "vergeeft", "vergaf");
    private static final Set<String> OUTSIDE_DEEDS = WordSets.of("gezegend", "geschapen", "vergeven", "zegenen",
            "bewaren", "behoeden");
    /** The devout text's own marks of God: a capitalised pronoun inside a sentence ("dat Hij zorgt"). */
    private static final Set<String> DEVOUT_PRONOUNS = WordSets.of("hij", "hem", "zijn", "zijne");

    private DivineTitle() {
    }

    static void unflag(String text, List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean faith = false;
        boolean devout = false;
        for (Token t : tokens) {
            if (t.isWord() && FAITH.contains(t.lower())) {
                faith = true;
                break;
            }
            devout |= t.isWord() && DEVOUT_SPELLINGS.contains(t.lower());
        }
        if (!faith && !devout) {
            return;
        }
        List<int[]> bible = null;
        QuoteTracker quotes = new QuoteTracker();
        for (int i = 0; i + 1 < n; i++) {
            Token article = tokens.get(i);
            if (quotes.mark(article)) {
                continue;
            }
            Token lord = tokens.get(i + 1);
            if (!quotes.inQuote() && !DEVOUT_SPELLINGS.contains(lord.lower())
                    || !(flag[i] || flag[i + 1]) || !article.isWord() || !article.lower().equals("de")
                    || article.allCaps() && article.text().length() > 1 || !lord.isWord() || !lord.capitalised()
                    || lord.allCaps() || !LORD.contains(lord.lower())
                    || personWordBefore(tokens, role, words, i)
                    || PersonPredicate.after(tokens, i + 1, words)) {
                continue;
            }
            boolean opens = QuoteTracker.opensClause(tokens, i);
            boolean deed;
            if (opens) {
                deed = faith && verbOrEndAfter(tokens, i + 2)
                        && (quotes.inQuote() || godOnlyDeed(tokens, i + 2) || devoutMark(tokens, i + 2));
                // round 25 (t25-held): without a faith word, the devout spelling in a quote with a gift only God gives
                // (review rb: and no woman or person noun later in the quote)
                deed |= quotes.inQuote() && DEVOUT_SPELLINGS.contains(lord.lower()) && giftOfGod(tokens, i + 2)
                        && !womanOrPersonNounAfter(tokens, i + 2, words, true);
            } else {
                deed = faith && subordinateDeed(tokens, i, quotes.inQuote())
                        && !womanOrPersonNounAfter(tokens, i + 2, words, quotes.inQuote());
            }
            if (!deed) {
                continue;
            }
            if (bible == null) {
                bible = BibleReference.find(text, words);
            }
            if (personPronounInQuote(tokens, i + 2, bible)) {
                continue;
            }
            flag[i] = false;
            flag[i + 1] = false;
        }
    }

    /** Round 25 (t25-held): conjunctions that open a subordinate clause, whose verb closes it ("dat de Heere ..."). */
    private static final Set<String> SUBORDINATORS = WordSets.of("dat", "omdat", "zodat", "opdat", "of", "als",
            "wanneer", "hoe", "nu");
    /** Round 25 (t25-held): what God gives in a devout quote ("De Heere geeft kracht"); a closed list. */
    private static final Set<String> GIVING = WordSets.of("geeft", "gaf", "geve", "schenkt", "schonk");
    private static final Set<String> GIFTS = WordSets.of("kracht", "rust", "vrede", "troost", "moed", "hoop",
            "genade", "uitkomst", "zegen", "wijsheid", "sterkte", "berusting", "vertrouwen");
    private static final Set<String> OBJECT_PRONOUNS = WordSets.of("ons", "mij", "me", "je", "jullie", "u", "haar");
    private static final Set<String> LINKS = WordSets.of("maar", "en", "want", "dus");

    /**
     * Round 25 (t25-held): the devout spellings with a lower-case "de" inside a subordinate clause ("wij weten in gebed
     * dat de Here alles regeert (Psalm 91)" in a church's letter): the conjunction right before the article, and the
     * clause, up to its comma, bracket, colon, semicolon or full stop, holds a verb of God's acts ({@code GOD_VERBS} in
     * a quote, {@code OUTSIDE_VERBS} outside, review ra: "omdat de Heere de dienst leidt" outside quotes is a church
     * member) and no capitalised word or number.
     */
    private static boolean subordinateDeed(List<Token> tokens, int i, boolean inQuote) {
        if (i == 0 || tokens.get(i).capitalised() || !tokens.get(i - 1).isWord()
                || !SUBORDINATORS.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).capitalised()) {
            return false;
        }
        // review rc: a person's phrase right after the title ("dat de Heere van de overkant ...") keeps the flag
        if (i + 2 >= tokens.size() || !tokens.get(i + 2).isWord() || NOT_A_VERB.contains(tokens.get(i + 2).lower())) {
            return false;
        }
        for (int j = i + 2; j < tokens.size() && j < i + 10; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (t.capitalised() || t.isNumber()) {
                return false;
            }
            if (inQuote ? GOD_VERBS.contains(t.lower()) : OUTSIDE_VERBS.contains(t.lower())) {
                return j + 1 == tokens.size() || !tokens.get(j + 1).isWord();
            }
        }
        return false;
    }

    /**
     * Round 25 (t25-held): "geeft" (gaf, schenkt) right after the title, an object pronoun perhaps, then a gift only God
     * gives in a devout parent's words ({@code GIFTS}: kracht, rust, vrede, troost ...) and the end of the phrase (a
     * punctuation mark or a conjunction): "De Heere geeft kracht, maar ...". "De Heere geeft les", "geeft kracht
     * training" and "geeft ons geld" keep the flags.
     */
    private static boolean giftOfGod(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord() || !GIVING.contains(tokens.get(k).lower())) {
            return false;
        }
        int j = k + 1;
        if (j < n && tokens.get(j).isWord() && OBJECT_PRONOUNS.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j >= n || !tokens.get(j).isWord() || !GIFTS.contains(tokens.get(j).lower())) {
            return false;
        }
        // review rb: "kracht en moed" (another gift after "en"), not "troost en snoep"
        while (j + 2 < n && tokens.get(j + 1).isWord() && tokens.get(j + 1).lower().equals("en")
                && tokens.get(j + 2).isWord() && GIFTS.contains(tokens.get(j + 2).lower())) {
            j += 2;
        }
        if (j + 1 == n) {
            return true;
        }
        Token after = tokens.get(j + 1);
        if (after.is('.') || after.is('!') || after.is('"') || after.is('”')) {
            return true;
        }
        // review rb: a comma and a linking word, then the speaker's own "ik"/"wij"/"we" ("..., maar ik weet ...")
        return after.is(',') && j + 3 < n && tokens.get(j + 2).isWord() && LINKS.contains(tokens.get(j + 2).lower())
                && tokens.get(j + 3).isWord() && FIRST_PERSON.contains(tokens.get(j + 3).lower());
    }

    private static final Set<String> FIRST_PERSON = WordSets.of("ik", "wij", "we");
    private static final Set<String> WOMAN = WordSets.of("ze", "zij", "haar");
    /** Fix helper: a pronoun opening a later sentence of the quote, a person after the devout title. */
    private static final Set<String> SENTENCE_PERSON = WordSets.of("hij", "hem", "zijn", "die", "deze");
    /** Fix helper (review rc): nouns of a person that are no kin word or role ("die vrouw", "mevrouw is lief"). */
    private static final Set<String> PERSON_NOUNS = WordSets.of("vrouw", "mevrouw", "meneer", "man", "dame", "jongen",
            "meisje", "buurvrouw", "buurman", "oppas", "mw", "dhr");

    /**
     * Review rb (t25-held): a woman's pronoun (ze, zij, haar) later in the quote or the sentence, or a person noun (a kin
     * word or role) after a comma and "de"/"die"/"een" ("..., de buurvrouw met wie ...", "die oppas"): a woman named De
     * Heere, not God.
     */
    private static boolean womanOrPersonNounAfter(List<Token> tokens, int from, WordLists words, boolean inQuote) {
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            // fix helper (reviews rb/rc): in a quote, read to its end across its sentences ("De Heere geeft ons rust.
            // Ze past op de kinderen."); outside a quote, to the end of the sentence
            if (t.is('"') || t.is('”') || t.is('»') || !inQuote && j > from && t.sentenceStart()) {
                return false;
            }
            if (t.isWord() && WOMAN.contains(t.lower())) {
                return true;
            }
            // fix helper (reviews rb/rc): "Hij"/"Die" opening a later sentence of the quote is a person ("... rust. Hij
            // past op de kinderen."), and a noun of a person anywhere after ("die vrouw", "mevrouw is lief")
            if (t.isWord() && j > from && t.sentenceStart() && SENTENCE_PERSON.contains(t.lower())
                    || t.isWord() && PERSON_NOUNS.contains(t.lower())) {
                return true;
            }
            if (t.isWord() && (t.lower().equals("de") || t.lower().equals("die") || t.lower().equals("een"))
                    && j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                    && words.isKinOrRole(tokens.get(j + 1).lower()) && j > 0
                    && (tokens.get(j - 1).is(',') || t.lower().equals("die"))) {
                return true;
            }
        }
        return false;
    }


    /** A title, kin word or role, or any capitalised word, right before the article ("Dominee De Heer"). */
    private static boolean personWordBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && (before.capitalised() && !tokens.get(i).sentenceStart()
                || (role[i - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                || words.isKinOrRole(before.lower()) || words.isTitle(before.lower()));
    }

    /**
     * What God does in such quotes (review rb: a closed list, not any verb): a verb of {@code GOD_VERBS} ("zorgt",
     * "zal", "geeft", "beschermt" ...), or an auxiliary ("heeft", "zal", "wil") with a deed of {@code GOD_DEEDS} later in
     * the clause ("heeft ons geleerd", "zal ons beschermen"); or a closing mark ("Dank de Heer!"). "De Heer belde",
     * "woont", "stuurt", "drinkt", "slaat", "heeft de sleutel" keep the flags.
     */
    private static boolean verbOrEndAfter(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        if (!next.isWord()) {
            return next.is('.') || next.is('!') || next.is('?');
        }
        String verb = next.lower();
        if (next.capitalised() || NOT_A_VERB.contains(verb)) {
            return false;
        }
        if (GOD_VERBS.contains(verb)) {
            return true;
        }
        if (!AUXILIARIES.contains(verb)) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && !tokens.get(j).sentenceStart(); j++) {
            Token t = tokens.get(j);
            if (t.is('"') || t.is('”') || t.is(',')) {
                return false;
            }
            if (t.isWord() && GOD_DEEDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Review ra (t24-cards): outside quotation marks the verb must be a deed only God does ({@code OUTSIDE_VERBS}, or
     * an auxiliary with a deed of {@code OUTSIDE_DEEDS} later in the clause: "De Heere heeft dit huisgezin gezegend").
     */
    private static boolean godOnlyDeed(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (OUTSIDE_VERBS.contains(verb)) {
            return true;
        }
        if (!AUXILIARIES.contains(verb)) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && !tokens.get(j).sentenceStart(); j++) {
            Token t = tokens.get(j);
            if (t.is(',') || t.is(';')) {
                return false;
            }
            if (t.isWord() && OUTSIDE_DEEDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Review ra (t24-cards): the devout text's own marks in the sentence after the title: a capitalised "Hij", "Zijn",
     * "Hem" not opening a sentence ("De Heere zorgt, want Hij is getrouw").
     */
    private static boolean devoutMark(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j > k && t.sentenceStart()) {
                return false;
            }
            if (t.isWord() && t.capitalised() && !t.allCaps() && !t.sentenceStart()
                    && DEVOUT_PRONOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case "hij", "hem", "zijn" later in the quote (God is "Hij" in a devout writer's text), or (review rb,
     * 12:56) a number, an amount or a word of money or home ("500 euro", "huur", "waar wij wonen"): a person.
     */
    private static boolean personPronounInQuote(List<Token> tokens, int from, List<int[]> bible) {
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is('"') || t.is('”') || t.is('»')) {
                return false;
            }
            // round 25 (t25-held): the chapter and verse of a Bible reference are no amount ("(Psalm 91)")
            if (t.isNumber() && !BibleReference.covers(bible, t.start(), t.end()) || t.isWord() && (!t.capitalised() && PRONOUNS.contains(t.lower())
                    || WORLDLY.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }
}
