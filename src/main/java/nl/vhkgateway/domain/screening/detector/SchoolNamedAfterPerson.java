package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-allow): a school named after a person ("op de Menso Alting school", "de Ulbe van Houten school",
 * "NAAR DE WILLEM DE ZWIJGERSCHOOL", a cell "Menso Alting school"). A name phrase (capitalised words, particles,
 * school titles such as Dr., Mgr., Pater, Koning, Prinses) right before a school head word (school, basisschool,
 * college, lyceum, scholengemeenschap, kindcentrum ...; separate or glued to the last word, "Zwijgerschool") is the
 * school's name when
 * <ul>
 * <li>the article "de" or "het" stands right before the phrase (a person is never "de Menso Alting"), or</li>
 * <li>the phrase opens the segment, holds two or more capitalised words and the head ends the segment (a cell or a
 * line holding only the school's name) and its first word is a school title or no listed given name ("Sanne de
 * Vries school" on a line of its own is a person of the school: leak review of round 13).</li>
 * </ul>
 * Guards: no family word, role or person title (juf, meester, mevrouw) before the article or in the phrase; no
 * possessive or family apposition after the head. "de school van Jan", "Jan zit op school", "gesprek met Petra de Boer
 * school", "de zoon van Jansen school" stay names (no article right before the name, not the whole segment).
 * Stateless.
 */
final class SchoolNamedAfterPerson {

    private static final Set<String> HEADS = WordSets.of("school", "basisschool", "college", "lyceum",
            "scholengemeenschap", "kindcentrum", "gymnasium", "mavo", "academie", "schoolgemeenschap",
            "montessorischool", "daltonschool", "jenaplanschool",
            // round 17 (r17-cards): houses of prayer and their schools, named after a person or a virtue the same way
            "moskee", "tempel", "mandir", "synagoge", "gebedshuis", "koranschool", "weekendschool");
    /**
     * Round 17 (r17-cards): Arabic openers of a school's or mosque's name ("Ibn-i Sina school", "Al-Furqan moskee",
     * "Abu Bakr school"). "Ibn", "Bin", "Abu" and "Imam" open such a name with or without a hyphen; the article "Al",
     * "El", "As", "An", "Ar", "At", "Ad", "Ash" only glued to the next word with a hyphen ("Al Jansen" may be a person).
     */
    private static final Set<String> OPENERS = WordSets.of("ibn", "bin", "abu", "imam", "ibni");
    private static final Set<String> GLUED_OPENERS = WordSets.of("al", "el", "as", "an", "ar", "at", "ad", "ash",
            "ibn", "bin", "abu");
    /** Endings of a head glued to the name's last word ("Zwijgerschool", "Erasmuscollege"). */
    private static final List<String> GLUED = List.of("school", "college", "lyceum");
    private static final Set<String> SCHOOL_TITLES = WordSets.of("dr", "mgr", "pater", "pastoor", "ds", "prof",
            "koning", "koningin", "prins", "prinses", "sint", "st", "graaf", "gravin", "admiraal", "kapitein",
            "burgemeester"); // not "meester": "de meester Yilmaz school" is a teacher (round 13 leak review)
    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    /** Finite verbs of a school that reports or acts (round 24, t24-inst). */
    private static final Set<String> SUBJECT_VERBS = WordSets.of("meldt", "meldde", "heeft", "had", "is", "was",
            "belt", "belde", "geeft", "gaf", "signaleert", "signaleerde", "ziet", "zag", "maakt", "maakte", "vraagt",
            "vroeg", "stuurt", "stuurde", "biedt", "bood", "wil", "wilde", "kent", "kende", "schakelt", "schakelde",
            "verwijst", "verwees", "ondersteunt", "ondersteunde", "doet", "deed", "twijfelt", "adviseert", "merkt",
            "merkte", "constateert", "constateerde", "zegt", "zei");
    private static final int MAX_PHRASE = 7;

    private SchoolNamedAfterPerson() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        int n = tokens.size();
        for (int h = 0; h < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord()) {
                continue;
            }
            int last; // last token of the name phrase
            boolean glued = false;
            if (HEADS.contains(head.lower()) && (!head.capitalised() || head.allCaps())) {
                last = h - 1;
            } else if (head.capitalised() && gluedHead(head.lower(), words)) {
                last = h;
                glued = true;
            } else {
                continue;
            }
            if (last < 0) {
                continue;
            }
            int first = phraseStart(tokens, words, last, last);
            if (first < 0) {
                continue;
            }
            boolean articleInside = articleOpens(tokens, first, shouted) && first < last;
            int start = articleInside ? first + 1 : first;
            boolean any = false;
            int capitals = 0;
            for (int k = start; k <= last; k++) {
                Token t = tokens.get(k);
                any |= flag[k];
                if (t.isWord() && t.capitalised() && !words.isTussenvoegsel(t.lower()) && !isTitle(t)) {
                    capitals++;
                }
                if (t.isWord() && !isTitle(t) && (role[k] & PersonNameDetector.KIN) != 0) {
                    capitals = -100; // a family word inside the phrase
                }
            }
            if (!any || capitals <= 0) {
                continue;
            }
            boolean article = articleInside && !personBefore(tokens, role, words, first)
                    && !particleSurname(tokens, words, first, start, last, glued);
            boolean wholeSegment = !article && start == 0 && capitals >= 2 && endsSegment(tokens, h)
                    && (isTitle(tokens.get(0)) || !listedGivenName(tokens.get(0), words));
            // round 24 (t24-inst): the school's name as the subject that opens the sentence ("Da Costa school heeft
            // zorgen", "Dr. A. Schweitzer school meldt", "Dr. Nassau school, groep 6", "Bonhoeffer college?")
            boolean subject = !article && !wholeSegment && start == 0 && !glued && subjectGoesOn(tokens, h)
                    && (isTitle(tokens.get(0)) || capitals >= 1 && !listedGivenName(tokens.get(0), words))
                    && noGivenNameAlone(tokens, words, start, last);
            int o = ARTICLES.contains(tokens.get(start).lower()) ? start + 1 : start; // "De As-Soennah moskee"
            boolean opener = o < last && !personBefore(tokens, role, words, start) && arabicOpener(tokens, o);
            if (!article && !wholeSegment && !opener && !subject || RelativeGuard.familyAfter(tokens, words, h)
                    || h + 1 < n && tokens.get(h + 1).isWord()
                    && NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(h + 1).lower())) {
                continue;
            }
            for (int k = start; k <= last; k++) {
                flag[k] = false;
            }
        }
    }

    /** A capitalised word ending with a school head, whose part before the head is no Dutch word ("Zwijgerschool"). */
    private static boolean gluedHead(String lower, WordLists words) {
        for (String g : GLUED) {
            if (lower.endsWith(g) && lower.length() >= g.length() + 3) {
                return !words.isWord(lower) || !words.isWord(lower.substring(0, lower.length() - g.length()));
            }
        }
        return false;
    }

    /**
     * First token of the name phrase ending at {@code last}: capitalised words, particles, school titles and the
     * periods after a title or initial (an article "de"/"het" before the name is collected as a particle). -1 when
     * the phrase holds no capitalised word that is no particle or title.
     */
    private static int phraseStart(List<Token> tokens, WordLists words, int last, int lastCapital) {
        int first = -1;
        for (int k = lastCapital; k >= 0 && k > last - MAX_PHRASE; k--) {
            Token t = tokens.get(k);
            if (t.is('.') && k > 0 && tokens.get(k - 1).isWord()
                    && (isTitle(tokens.get(k - 1)) || tokens.get(k - 1).text().length() == 1)) {
                continue;
            }
            if (gluedCompoundPart(tokens, k)) {
                first = k; // round 17: "El-Amal", "Ibn-i Sina", "As-Soennah"
                continue;
            }
            if (!t.isWord() || !(t.capitalised() || words.isTussenvoegsel(t.lower()) || isTitle(t))
                    || t.capitalised() && !ARTICLES.contains(t.lower()) && !isTitle(t)
                    && words.isCommonWord(t.lower()) && !words.isName(t.text())) {
                break; // "Op de Harm Smeding school": a capitalised function word opens the sentence
            }
            first = k;
        }
        if (first < 0) {
            return -1;
        }
        for (int k = first; k <= lastCapital; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalised() && !ARTICLES.contains(t.lower()) && !words.isTussenvoegsel(t.lower())
                    && !isTitle(t)) {
                return first;
            }
        }
        return -1;
    }

    /**
     * The phrase opens with an article, not a surname particle: "de"/"het" in lower case, or "De"/"Het" opening the
     * segment or in a segment written in capitals ("NAAR DE WILLEM DE ZWIJGERSCHOOL", which the detector reads with
     * initial capitals). "met De Vries school" has a particle.
     */
    private static boolean articleOpens(List<Token> tokens, int first, boolean shouted) {
        Token t = tokens.get(first);
        return ARTICLES.contains(t.lower()) && (!t.capitalised() || first == 0 || t.allCaps() || shouted);
    }

    /**
     * Round 17 (r17-cards): a hyphen glued on both sides between two words, or a lower-case part glued after such a
     * hyphen ("i" in "Ibn-i"), belongs to the capitalised compound around it.
     */
    private static boolean gluedCompoundPart(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k + 2 < tokens.size() && t.isWord() && t.capitalised() && tokens.get(k + 1).is('-')
                && !tokens.get(k + 1).spaceBefore() && !tokens.get(k + 2).spaceBefore()) {
            return true; // "As" in "As-Soennah": a word glued to the rest
        }
        if (k == 0 || k + 1 >= tokens.size() || t.spaceBefore()) {
            return false;
        }
        if (t.is('-')) {
            return tokens.get(k - 1).isWord() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).spaceBefore();
        }
        return t.isWord() && !t.capitalised() && tokens.get(k - 1).is('-') && !tokens.get(k - 1).spaceBefore()
                && k >= 2 && tokens.get(k - 2).isWord() && tokens.get(k - 2).capitalised();
    }

    /** The phrase opens with an Arabic opener ({@link #OPENERS}, {@link #GLUED_OPENERS} before a glued hyphen). */
    private static boolean arabicOpener(List<Token> tokens, int start) {
        Token t = tokens.get(start);
        if (!t.isWord() || !t.capitalised()) {
            return false;
        }
        boolean glued = start + 1 < tokens.size() && tokens.get(start + 1).is('-')
                && !tokens.get(start + 1).spaceBefore();
        return OPENERS.contains(t.lower()) || glued && GLUED_OPENERS.contains(t.lower());
    }

    private static boolean isTitle(Token t) {
        return t.isWord() && SCHOOL_TITLES.contains(t.lower());
    }

    /** A family word, role, person title or a capitalised word (a name) right before the article. */
    private static boolean personBefore(List<Token> tokens, int[] role, WordLists words, int article) {
        if (article == 0) {
            return false;
        }
        Token b = tokens.get(article - 1);
        if (!b.isWord()) {
            return false;
        }
        return RelativeGuard.kinBefore(tokens, role, words, article)
                || b.capitalised() && !b.allCaps() && PlacesBySurroundings.personListed(b, words);
    }

    /**
     * "met de Boer school": lower-case "de" before one capitalised word that a surname list holds may be the surname's
     * particle ("de Boer", "de Vries"), so no article. "het" is never a particle of that kind.
     */
    private static boolean particleSurname(List<Token> tokens, WordLists words, int article, int start, int last,
            boolean glued) {
        if (!tokens.get(article).lower().equals("de") || start != last || glued) {
            return false;
        }
        Token t = tokens.get(start);
        return words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(t.lower()));
    }

    /** A given name of the given-name lists ("Sanne de Vries school" is a person of the school). */
    private static boolean listedGivenName(Token t, WordLists words) {
        String lower = t.lower();
        return words.isFirstName(t.text()) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isFirstNameLower(lower);
    }

    /**
     * Round 24 (t24-inst): after the head a finite verb of a school's report or a stop of the note: a comma, colon,
     * question mark or semicolon ("Da Costa school heeft", "Dr. Nassau school, groep 6", "Bonhoeffer college?").
     */
    private static boolean subjectGoesOn(List<Token> tokens, int h) {
        if (h + 1 >= tokens.size()) {
            return false; // the head ending the segment is the whole-segment case
        }
        Token next = tokens.get(h + 1);
        return next.is(',') || next.is(':') || next.is('?') || next.is(';')
                || next.isWord() && !next.capitalised() && SUBJECT_VERBS.contains(next.lower());
    }

    /**
     * A lone listed given name as the name ("Sanne school heeft ze afgemaakt") or a name with a genitive "s" ("Yusras
     * school meldt", B6-145) stays a person, a given name with a surname ("Anne Frank school meldt") or a surname
     * alone is the school's.
     */
    private static boolean noGivenNameAlone(List<Token> tokens, WordLists words, int start, int last) {
        int capitals = 0;
        boolean given = false;
        for (int k = start; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalised() && !isTitle(t) && !(t.text().length() == 1)) {
                capitals++; // round 24 review: "Meneer England van de school heeft" is a person
                given |= listedGivenName(t, words) && !words.isSurname(t.text());
                if (genitiveOfName(t.lower(), words) || words.isTitle(t.lower()) || words.isKinOrRole(t.lower())) {
                    return false; // "Yusras school meldt": the school of a person named Yusra
                }
            }
        }
        return capitals >= 2 || !given;
    }

    /** A listed given name or surname with a genitive "s" ("Yusras", "Jansens", "Willems"), any word with "'s". */
    private static boolean genitiveOfName(String lower, WordLists words) {
        if (lower.indexOf('\'') >= 0 || lower.indexOf('\u2019') >= 0) {
            return true; // "Rasha's school belt" (B40-188): a possessive
        }
        if (lower.length() < 4 || !lower.endsWith("s")) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        String cap = NameClassifier.capitalise(stem);
        return words.isFirstName(cap) || words.isFirstNameLower(stem) || words.isSurname(cap)
                || words.isWeakName(stem);
    }

    /** Only punctuation follows the head in the segment. */
    private static boolean endsSegment(List<Token> tokens, int h) {
        for (int k = h + 1; k < tokens.size(); k++) {
            if (tokens.get(k).isWord() || tokens.get(k).isNumber()) {
                return false;
            }
        }
        return true;
    }
}
