package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 10 rule: an adverb of place or time that opens a sentence, followed by the finite verb and then the subject,
 * is the adverb of an inverted sentence ("Thuis mag niks", "Buiten is het rustig", "Binnen doet vader raar"), also
 * at the start of a quote; some of these adverbs are surnames too ("Thuis", "Buiten"), so without this rule they were
 * read as a person before a verb. The subject after the verb must be one that cannot be the object here: a pronoun, an
 * indefinite pronoun or a family word (round 10 leak fix: no article or possessive, which open the object too,
 * as in "Thuis heeft het geld uitgegeven"; "het", "je", "ze" only after a verb such as "is" or "mag") (not "haar", "ons", "die": they can be the
 * object); a flagged word right after the subject ("Thuis slaat Tygo me" has none) keeps the rule off.
 *
 * <p>Round 22 (t22-cards): "Anders" (otherwise; a surname too) is such an adverb, and a passive clause names its own
 * subject: after a modal or passive verb ("moet", "kan", "wordt" ...) an article opens the subject, when the clause
 * ends in a participle and "worden" or "zijn" ("Anders moet een ander perspectief onderzocht worden", "Later kan de
 * zorg overgedragen worden"): a passive has no object, so the opening word is no person. Kept: no article after the
 * verb ("Anders moet opgehaald worden": Anders may be the one picked up), a clause that does not end in the passive
 * ("Anders moet een brief schrijven"), a person word in the clause ({@link #personLater}), a flagged word after.
 */
final class InvertedAdverb {

    private static final Set<String> ADVERBS = Set.of("thuis", "buiten", "binnen", "hier", "daar", "nu", "toen",
            "soms", "vaak", "altijd", "nooit", "vandaag", "gisteren", "morgen", "straks", "later", "vroeger", "eerst",
            "daarna", "overal", "nergens", "boven", "beneden", "samen", "alleen", "ook", "weer", "anders");
    /** Subject pronouns: never the object's first word ("Thuis heeft het geld", "Thuis slaat de kinderen" are not). */
    private static final Set<String> SUBJECTS = Set.of("ik", "jij", "hij", "zij", "we", "wij", "jullie", "er", "men",
            "niks", "niets", "niemand", "iedereen", "iemand");
    /** "het", "je" and "ze" are the subject only after a verb that takes no object ("Thuis is het onrustig"). */
    private static final Set<String> WEAK_SUBJECTS = Set.of("het", "je", "ze", "u");
    private static final Set<String> NO_OBJECT_VERBS = Set.of("is", "was", "wordt", "werd", "blijft", "bleef",
            "gaat", "ging", "mag", "mocht", "kan", "kon", "moet", "moest", "wil", "wilde", "zijn", "waren", "lijkt",
            "leek", "voelt", "voelde");

    /**
     * Round 20 (t20-allow): "hoeven" with a negation right after the adverb ("Thuis hoeft niet meer naar de opvang",
     * "Buiten hoeft geen jas"): the note leaves its subject out; a person noun, pronoun or object later in the clause
     * ("Thuis hoeft zijn dochter niet", "Thuis hoeft niet meer te betalen aan haar", "... met mij te praten", "...
     * voor de kinderen te zorgen") keeps the flag.
     */
    private static final Set<String> NEED_VERBS = Set.of("hoeft", "hoefde", "hoeven", "hoefden");
    private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "nergens");

    private InvertedAdverb() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.sentenceStart() || !t.capitalised() || t.allCaps() || !ADVERBS.contains(t.lower())) {
                continue;
            }
            Token verb = tokens.get(i + 1);
            Token subject = tokens.get(i + 2);
            if (verb.isWord() && !verb.capitalised() && words.isDutchWord(verb.lower()) && subject.isWord()
                    && !subject.capitalised()
                    && (SUBJECTS.contains(subject.lower()) || words.isKinOrRole(subject.lower())
                    || WEAK_SUBJECTS.contains(subject.lower()) && NO_OBJECT_VERBS.contains(verb.lower()))
                    && !(i + 3 < n && flag[i + 3])) {
                flag[i] = false;
            } else if (verb.isWord() && !verb.capitalised() && NEED_VERBS.contains(verb.lower()) && subject.isWord()
                    && NEGATIONS.contains(subject.lower()) && !(i + 3 < n && flag[i + 3])
                    && !personLater(tokens, i + 3, words)) {
                flag[i] = false; // round 20: "Thuis hoeft niet meer naar de opvang" (a note without its subject)
            } else if (verb.isWord() && !verb.capitalised() && PASSIVE_AUXILIARIES.contains(verb.lower())
                    && subject.isWord() && ARTICLES.contains(subject.lower()) && passiveEnd(tokens, flag, i + 3)
                    && !personLater(tokens, i + 3, words)) {
                flag[i] = false; // round 22: "Anders moet een ander perspectief onderzocht worden"
            }
        }
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("moet", "moest", "kan", "kon", "mag", "mocht",
            "zal", "zou", "wordt", "werd", "moeten", "kunnen", "mogen", "zullen", "zouden", "worden", "werden");
    private static final Set<String> ARTICLES = Set.of("een", "de", "het");
    private static final Set<String> PASSIVE_ENDS = Set.of("worden", "zijn");

    /**
     * The clause from {@code from} ends (a full stop, question mark, comma or the end) in a participle and "worden" or
     * "zijn" ("onderzocht worden", "geregeld zijn"), with no flagged word before it.
     */
    private static boolean passiveEnd(List<Token> tokens, boolean[] flag, int from) {
        int k = from;
        while (k < tokens.size() && !tokens.get(k).is('.') && !tokens.get(k).is('?') && !tokens.get(k).is('!')
                && !tokens.get(k).is(',')) {
            if (flag[k]) {
                return false;
            }
            k++;
        }
        if (k - 2 < from) {
            return false;
        }
        Token end = tokens.get(k - 1);
        Token participle = tokens.get(k - 2);
        String p = participle.lower();
        return end.isWord() && PASSIVE_ENDS.contains(end.lower()) && participle.isWord() && !participle.capitalised()
                && p.length() > 4 && (p.endsWith("d") || p.endsWith("t") || p.endsWith("en"));
    }

    /**
     * A pronoun, possessive, kin or role word or "kinderen" anywhere later in the sentence (review revallow: "met mij
     * te praten", "op ons te passen", "voor de kinderen te zorgen", "contact meer met oma, heeft de rechter bepaald",
     * "te betalen aan moeder"): someone acts towards a person, so the word may be that someone; the flag stays.
     */
    private static boolean personLater(List<Token> tokens, int from, WordLists words) {
        for (int k = from; k < tokens.size() && !tokens.get(k).is('.') && !tokens.get(k).is('?')
                && !tokens.get(k).is('!'); k++) {
            String lower = tokens.get(k).lower();
            if (tokens.get(k).isWord() && (PERSON_LATER.contains(lower) || words.isKinOrRole(lower))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSON_LATER = Set.of("hij", "zij", "ze", "haar", "zijn", "hem", "hun",
            "zich", "zichzelf", "ik", "me", "mij", "mijn", "wij", "we", "ons", "onze", "jij", "je", "jou", "jouw", "u",
            "uw", "jullie", "kinderen", "kind", "meneer", "mevrouw");
}
