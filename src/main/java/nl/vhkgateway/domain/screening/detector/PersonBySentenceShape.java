package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rules: a person by the shape of the sentence, where a list calls the word something else or knows no name.
 * <ul>
 * <li>A capitalised surname particle after a word that takes a person ("heet Van Tiel", "bij Van der Veen", "met Ter
 * Horst", "oma Op den Camp", "buurvrouw In den Bosch"): the particles and the capitalised word after them; an article
 * alone ("De", "La") only before a listed surname or with a second particle ("bij De Vries"); not a known place
 * ("bij Den Bosch", "bij Ter Apel").</li>
 * <li>"van der" in lower case before a capitalised word ("haar vriend, van der Sluis, ..."), unless it names a
 * place.</li>
 * <li>"bij X thuis", "naar X toe": a home or a visit is a person's ("Bij Stam thuis", "naar Bilgehan toe"; "naar
 * Amsterdam toe" stays a place).</li>
 * <li>At a sentence start before a verb of a person, a word that a list calls something else but that cannot be the
 * subject there: a surname particle ("Ben heeft ...": a particle stands before a surname, never before a verb), an
 * abbreviation that is also a given name without its period ("Ad mag ..."), a nationality-shaped given name that no
 * dictionary holds ("Ayaan vertelt": a nationality noun takes an article as a subject).</li>
 * <li>A capitalised word that is only one typo away from a Dutch word, after a word that takes a person ("namens
 * Doelwijt", "volgens Bilgehan").</li>
 * </ul>
 */
final class PersonBySentenceShape {

    /** Words after which a capitalised particle run is a surname. */
    private static final Set<String> PERSON_OPENERS = Set.of("met", "volgens", "namens", "door", "tegen", "zonder",
            "naast", "tussen", "bij", "heet", "heette", "genaamd", "mevrouw", "meneer", "belde", "belt", "sprak",
            "spreekt", "mailde", "vroeg", "vraagt", "zag", "ziet", "vlgs", "vriend", "vriendin", "partner", "ex");
    /** Prepositions that start Dutch surnames with an article after them ("Op den Camp", "In 't Veld"). */
    private static final Set<String> PREPOSITION_PARTICLES = Set.of("op", "in", "uit", "aan", "bij", "onder", "over",
            "voor", "achter", "van");
    private static final Set<String> ARTICLE_PARTICLES = Set.of("de", "den", "der", "het", "'t", "ten", "ter", "la",
            "le", "les", "du", "des", "di", "da", "del");
    /** Particles that are also ordinary Dutch words at a sentence start ("Van", "Te", "In", "Op", "De"). */
    private static final Set<String> DUTCH_PARTICLES = Set.of("de", "het", "van", "te", "ten", "ter", "den", "der",
            "in", "op", "'t", "la", "le", "da", "do", "du", "des", "di", "del", "aan", "bij", "uit", "voor", "onder",
            "over", "zu", "von", "vom");

    /** Plurals of kin words that the kin list leaves out ("de kinderen van anita"). */
    private static final Set<String> KIN_PLURALS = Set.of("kinderen", "kids", "zonen", "dochters", "kleinkinderen",
            "neven", "nichten", "ooms", "tantes", "vriendinnen", "vrienden", "stiefkinderen",
            "pleegkinderen");

    private PersonBySentenceShape() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrg, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (t.capitalised() && !t.sentenceStart() && i > 0 && personOpener(tokens, i - 1, words)
                    && !afterWorkWord(tokens, i - 1)) {
                particleSurname(tokens, cls, coveredOrg, words, flag, i);
            }
            if (lower.equals("van") && !t.capitalised() && i + 2 < n && tokens.get(i + 1).isWord()
                    && (tokens.get(i + 1).text().equals("der") || tokens.get(i + 1).text().equals("den"))) {
                Token head = tokens.get(i + 2);
                if (head.isWord() && head.capitalised() && !coveredOrg[i + 2] && !words.isPlace(
                        tokens.get(i + 1).lower() + " " + head.lower()) && (isNameLike(cls[i + 2])
                        || cls[i + 2] == WordClass.DICTIONARY || cls[i + 2] == WordClass.ALLOWED)) {
                    mark(flag, i, i + 2); // "haar nieuwe vriend, van der Sluis, ..."
                }
            }
            if (t.text().equals("V") && i + 4 < n && tokens.get(i + 1).is('.') && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).lower().equals("d") && tokens.get(i + 3).is('.')
                    && tokens.get(i + 4).isWord() && tokens.get(i + 4).capitalised() && !coveredOrg[i + 4]) {
                mark(flag, i, i + 4); // "V.d. Aa (oom vz)": the particle "van de(r)" abbreviated
            }
            if (!t.capitalised() && (i == 0 || t.sentenceStart()) && i + 1 < n && lower.length() >= 3
                    && PersonNameDetector.personVerbAfter(tokens, i) && !words.isWord(lower)
                    && !words.allowed().containsWord(lower) && !words.isKinOrRole(lower)
                    && (words.isFirstNameLower(lower) || words.isWeakName(lower))) {
                flag[i] = true; // "nyssa kwam zonder ontbijt": a dictated note opens with a name in lower case
            }
            if (!t.capitalised() && lower.equals("van") && i > 0 && i + 1 < n && tokens.get(i - 1).isWord()
                    && (words.isKinOrRole(tokens.get(i - 1).lower()) || KIN_PLURALS.contains(tokens.get(i - 1).lower()))
                    && tokens.get(i + 1).isWord()
                    && !tokens.get(i + 1).capitalised() && givenNameInLowerCase(tokens.get(i + 1).lower(), words)
                    && (i + 2 >= n || !tokens.get(i + 2).isWord() || !tokens.get(i + 2).capitalised())) {
                flag[i + 1] = true; // "de kinderen van anita", "de vader van kees"
            }
            if (lower.equals("bij") && i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && !coveredOrg[i + 1] && personish(cls[i + 1]) && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).lower().equals("thuis")) {
                flag[i + 1] = true; // "Bij Stam thuis"
            }
            if (lower.equals("naar") && i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && !covered[i + 1] && personish(cls[i + 1])
                    && !words.isPlaceInContext(WordLists.lower(tokens.get(i + 1).text()))
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).lower().equals("toe")) {
                flag[i + 1] = true; // "naar Bilgehan toe"
            }
            if (t.capitalised() && t.sentenceStart() && PersonNameDetector.personVerbAfter(tokens, i)
                    && i + 1 < n && !tokens.get(i + 1).capitalised() && nameAtStart(t, cls[i], words)) {
                flag[i] = true; // "Ben heeft ...", "Ad mag ...", "Ayaan vertelt ..."
            }
            if (t.capitalised() && !t.sentenceStart() && cls[i] == WordClass.DICTIONARY && !covered[i] && i > 0
                    && tokens.get(i - 1).isWord() && (tokens.get(i - 1).lower().equals("namens")
                    || tokens.get(i - 1).lower().equals("volgens")) && !words.isWord(lower)
                    && !words.allowed().containsWord(lower) && !words.isPlaceInContext(lower)) {
                flag[i] = true; // "namens Doelwijt": one typo from a word, but a person after "namens"
            }
        }
    }

    private static final Set<String> WORK = Set.of("werkt", "werkte", "werken", "werkten", "werkzaam", "parttime",
            "fulltime", "baan", "bijbaan", "stage", "contract", "gevonden", "dienst");

    /** "werkt (parttime) bij Van der Valk": an employer's place, left as main left it (no person, no organisation). */
    private static boolean afterWorkWord(List<Token> tokens, int bij) {
        if (!tokens.get(bij).isWord() || !tokens.get(bij).text().equals("bij")) {
            return false;
        }
        for (int k = bij - 1; k >= 0 && k >= bij - 2; k--) {
            if (tokens.get(k).isWord() && WORK.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean personOpener(List<Token> tokens, int p, WordLists words) {
        if (tokens.get(p).is('.') && p > 0 && tokens.get(p - 1).isWord()) {
            return words.isTitle(tokens.get(p - 1).lower()) || words.isTitle(tokens.get(p - 1).lower() + ".");
        }
        return personOpener(tokens.get(p), words);
    }

    private static boolean personOpener(Token p, WordLists words) {
        if (!p.isWord()) {
            return false;
        }
        String lower = p.lower();
        return PERSON_OPENERS.contains(lower) || words.isKinOrRole(lower) || words.isTitle(lower);
    }

    /** "Van Tiel", "Van der Veen", "Op den Camp", "De Vries" after a word that takes a person. */
    private static void particleSurname(List<Token> tokens, WordClass[] cls, boolean[] coveredOrg, WordLists words,
                                        boolean[] flag, int i) {
        int n = tokens.size();
        String first = tokens.get(i).lower();
        int k = i + 1;
        boolean single = words.isTussenvoegsel(first) && !first.equals("het");
        if (PREPOSITION_PARTICLES.contains(first) && k < n && tokens.get(k).isWord()
                && ARTICLE_PARTICLES.contains(tokens.get(k).lower()) && !tokens.get(k).capitalised()) {
            k++; // "Op den", "In 't", "Van der"
        } else if (!single) {
            return;
        }
        while (k < n && tokens.get(k).isWord() && !tokens.get(k).capitalised() && words.isTussenvoegsel(
                tokens.get(k).lower()) && k < i + 4) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord() || !tokens.get(k).capitalised() || coveredOrg[k]
                || cls[k] == WordClass.ROLE || cls[k] == WordClass.INITIAL || cls[k] == WordClass.ACRONYM) {
            return;
        }
        boolean articleOnly = k == i + 1 && ARTICLE_PARTICLES.contains(first);
        if (articleOnly && !words.isSurname(NameClassifier.stripPossessive(tokens.get(k).text()))) {
            return; // "met De Regenboog" is a school; "bij De Vries" a person
        }
        PhraseIndex.Match m = words.allowed().match(tokens, i);
        if (m.length() > 1 && m.kind() == PhraseIndex.Kind.PLACE || words.isPlace(phrase(tokens, i, k))) {
            return; // "bij Den Bosch", "bij Ter Apel"
        }
        mark(flag, i, k);
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).lower());
        }
        return b.toString();
    }

    private static boolean nameAtStart(Token t, WordClass c, WordLists words) {
        String lower = t.lower();
        String text = NameClassifier.stripPossessive(t.text());
        if (c == WordClass.TUSSENVOEGSEL) {
            return !DUTCH_PARTICLES.contains(lower) && t.text().length() >= 3; // "Ben", "Bin", "Abu"
        }
        if (c == WordClass.INITIAL) {
            return t.text().length() >= 2 && words.isFirstName(text); // "Ad" (not "Ad.")
        }
        return c == WordClass.ALLOWED && !words.isDutchWord(lower) && !words.isWord(lower)
                && words.allowed().wordKind(lower).orElse(null) == PhraseIndex.Kind.NATIONALITY
                && !lower.endsWith("s") && !lower.endsWith("se") && !lower.endsWith("en");
    }

    /** A listed given name in lower case that is no frequent or function word, kin word or particle. */
    private static boolean givenNameInLowerCase(String lower, WordLists words) {
        return lower.length() >= 3 && words.isFirstName(NameClassifier.capitalise(lower))
                && !words.isCommonWord(lower) && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower)
                && !words.isTussenvoegsel(lower) && !words.isTitle(lower) && !words.allowed().containsWord(lower)
                && !PersonNameDetector.isPersonVerb(lower);
    }

    private static boolean personish(WordClass c) {
        return isNameLike(c) || c == WordClass.DICTIONARY;
    }

    private static boolean isNameLike(WordClass c) {
        return c == WordClass.NAME || c == WordClass.UNKNOWN || c == WordClass.AMBIGUOUS_FIRST_NAME
                || c == WordClass.AMBIGUOUS_SURNAME;
    }

    private static void mark(boolean[] flag, int from, int to) {
        for (int k = from; k <= to; k++) {
            flag[k] = true;
        }
    }
}
