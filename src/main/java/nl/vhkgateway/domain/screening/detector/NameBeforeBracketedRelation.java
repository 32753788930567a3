package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (r14-misses): a word right before a bracketed relation is that person's name: "Lamin (vriend van broer)",
 * "rico (vriend)", "Dewi (vriendin van moeder)", "Joop (ex van vader)", "Sanne (buurvrouw)". The brackets hold one
 * family or social relation word (no professional: "Echnaton (mentor)" is an organisation's contact), optionally
 * followed by "van", an article or possessive, and a second family word. A capitalised word counts unless it is a
 * kin or role word itself; an ordinary word only when a name list holds it; a lower-case word only when a given-name list holds it and
 * it is no frequent Dutch word (a Dutch word only after "dat", "volgens" ...: "echo (moeder)" is a scan). The last
 * word of a listed place or organisation ("Sint Willebrord (zussen)") is left alone.
 * Stateless.
 */
final class NameBeforeBracketedRelation {

    private static final Set<String> POSSESSIVES = Set.of("de", "het", "zijn", "haar", "z'n", "d'r", "hun", "mijn");

    private static final Set<String> PERSON_INTRODUCERS = Set.of("dat", "volgens", "met", "door", "bij", "en",
            "omdat", "want", "zegt", "vertelt", "noemt");

    private NameBeforeBracketedRelation() {
    }

    static void mark(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, boolean[] flag,
                     WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token w = tokens.get(i);
            if (flag[i] || !w.isWord() || !tokens.get(i + 1).is('(') || w.hasDigit() || w.text().length() < 2
                    || !relationInBrackets(tokens, i + 1, words)) {
                continue;
            }
            String lower = w.lower();
            if (words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)) {
                continue;
            }
            if (insideListedPhrase(tokens, i, words)) {
                continue; // "in Sint Willebrord (zussen)": the end of a listed place or organisation
            }
            boolean ok;
            if (w.capitalised()) {
                ok = !w.allCaps() && (!coveredOrganisation[i] || saintOrganisationAsName(tokens, i,
                        coveredOrganisation)) && (words.isName(w.text()) || words.isWeakName(lower)
                        || !words.isWord(lower) || SAINT_NAMES.contains(lower));
            } else {
                // a given name that is also a Dutch word ("echo (moeder)", "val (oma)") only after a word that
                // introduces a person ("dat rico (vriend)", "volgens lamin (vriend)")
                ok = words.isFirstNameLower(lower) && !words.isCommonWord(lower) && (!words.isDutchWord(lower)
                        || i > 0 && tokens.get(i - 1).isWord() && PERSON_INTRODUCERS.contains(tokens.get(i - 1).lower())
                        || (i == 0 || w.sentenceStart()) && relationOfSomeone(tokens, i + 1));
            }
            if (ok) {
                flag[i] = true;
            }
        }
    }

    /**
     * Round 18 (r18-names): given names of saints and royals that name hospitals and schools alone ("Radboud",
     * "Antonius", "Franciscus", "Canisius"); a one-word organisation of the lists, but a person's name before a
     * bracketed family relation ("Radboud (vader) komt niet"). Professionals in the brackets never open the slot
     * ("Radboud (kinderarts)"), see {@link #relation}.
     */
    private static final Set<String> SAINT_NAMES = Set.of("radboud", "antonius", "franciscus", "canisius",
            "elisabeth", "ignatius", "bonifatius", "willibrord", "servatius", "bernardus", "vincentius", "martinus");

    /** Words after which the organisation is the place ("in Radboud (vader)", "het Radboud (moeder)"). */
    private static final Set<String> PLACE_INTRODUCERS = Set.of("in", "bij", "naar", "uit", "via", "op", "van", "het",
            "de", "'t", "door", "vanuit", "richting", "tot", "voor", "aan", "opgenomen", "opname", "consult",
            "verwezen", "ligt", "zit", "lag", "zat");

    /**
     * A saint's name of {@link #SAINT_NAMES} that a list holds as a one-word organisation, at a sentence start or after
     * a word that introduces no place; not in a list after a colon or comma ("Betrokken: Radboud (moeder), Karakter"),
     * where the organisation stands for the care a relative gets.
     */
    private static boolean saintOrganisationAsName(List<Token> tokens, int i, boolean[] coveredOrganisation) {
        if (!SAINT_NAMES.contains(tokens.get(i).lower()) || i > 0 && coveredOrganisation[i - 1]
                || i + 1 < tokens.size() && coveredOrganisation[i + 1] || hospitalOfRelative(tokens, i)) {
            return false;
        }
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && !PLACE_INTRODUCERS.contains(before.lower());
    }

    /** Relations of the other gender than the saint's name (review of round 18: "Radboud (moeder)" is her hospital). */
    private static final Set<String> FEMALE_RELATIONS = Set.of("moeder", "oma", "zus", "zuster", "tante", "dochter",
            "nicht", "stiefmoeder", "pleegmoeder", "schoonmoeder", "grootmoeder", "halfzus", "vriendin", "buurvrouw",
            "moeders", "mama", "ma");
    private static final Set<String> MALE_RELATIONS = Set.of("vader", "opa", "broer", "oom", "zoon", "neef",
            "stiefvader", "pleegvader", "schoonvader", "grootvader", "halfbroer", "vriend", "buurman", "papa", "pa");

    /**
     * Review of round 18: the hospital in a list of care ("Radboud (moeder): oncologie", "| Radboud (vader) |",
     * "Radboud (vader) - verslavingszorg afgerond"): a relation of the other gender than the name in the brackets
     * (the saints' names are male, Elisabeth female), or a colon, dash or bar right after the bracket.
     */
    private static boolean hospitalOfRelative(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 3 >= n) {
            return false;
        }
        String relation = tokens.get(i + 2).lower();
        boolean female = tokens.get(i).lower().equals("elisabeth");
        if (female ? MALE_RELATIONS.contains(relation) : FEMALE_RELATIONS.contains(relation)) {
            return true;
        }
        int close = i + 3;
        while (close < n && !tokens.get(close).is(')')) {
            close++;
        }
        if (close + 1 >= n) {
            return false;
        }
        Token after = tokens.get(close + 1);
        if (after.is(':') && personClauseAfter(tokens, close + 2)) {
            return false; // round 19: "Radboud (vader): woont in Nijmegen, werkt in ploegendienst"
        }
        return after.is(':') || after.is('-') || after.is('–') || after.is('—') || after.is('|');
    }

    /**
     * Round 19 (r19-names): what a hospital's patient in a list of care cannot have, opening the text after "Name
     * (relation):" in a family list: a home or a job ("Radboud (vader): woont in Nijmegen", "Antonius (opa): werkt als
     * chauffeur", "... verhuisde naar Venlo"). A hospital of a relative takes a noun there ("Radboud (vader):
     * oncologie") or a verb the patient does at the hospital ("komt op controle", "mist afspraken", "werkt mee aan de
     * behandeling", "weigert verdere behandeling": review of round 19), which keep the list-of-care reading.
     */
    private static final Set<String> HOME_VERBS = Set.of("woont", "woonde", "verhuisde", "verhuist");
    private static final Set<String> WORK_VERBS = Set.of("werkt", "werkte");
    private static final Set<String> JOB_LINKS = Set.of("als", "bij", "in", "op");

    private static boolean personClauseAfter(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (HOME_VERBS.contains(verb)) {
            return true;
        }
        return WORK_VERBS.contains(verb) && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                && JOB_LINKS.contains(tokens.get(k + 1).lower());
    }

    /** The word at i is the last of a listed phrase of two or more words that starts up to two words before it. */
    private static boolean insideListedPhrase(List<Token> tokens, int i, WordLists words) {
        for (int s = Math.max(0, i - 2); s < i; s++) {
            if (tokens.get(s).isWord() && s + words.allowed().match(tokens, s).length() > i) {
                return true;
            }
        }
        return false;
    }

    /** "(vriend)", "(vriend van broer)", "(ex van de vader)", "(vriendin van moeder)" from the bracket at open. */
    private static boolean relationInBrackets(List<Token> tokens, int open, WordLists words) {
        int n = tokens.size();
        int k = open + 1;
        if (k >= n || !relation(tokens.get(k), words)) {
            return false;
        }
        k++;
        if (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("van")) {
            k++;
            if (k < n && tokens.get(k).isWord() && POSSESSIVES.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k + 1 < n && initial(tokens, k)) {
                k += 2; // round 25 (t25-new): "(vriendin van J.)", the youth's initial
            } else if (k >= n || !relation(tokens.get(k), words)) {
                return false;
            } else {
                k++;
            }
        }
        return k < n && tokens.get(k).is(')');
    }

    /** A single capital with its period ("J."): an initial. */
    private static boolean initial(List<Token> tokens, int k) {
        return tokens.get(k).isWord() && tokens.get(k).singleCapital() && tokens.get(k + 1).is('.');
    }

    /**
     * Round 25 (t25-new): the bracket describes a relation to someone else ("(vriendin van J.)", "(vriend van broer)"):
     * no scan, object or thing is anybody's friend, so a lower-case given name that is also a Dutch word opens the
     * sentence as a person ("roos (vriendin van K.) heeft de foto's doorgestuurd").
     */
    private static boolean relationOfSomeone(List<Token> tokens, int open) {
        return open + 3 < tokens.size() && tokens.get(open + 2).isWord() && tokens.get(open + 2).lower().equals("van");
    }

    private static boolean relation(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower())
                && !BirthDateDetector.PROFESSIONAL_ROLES.contains(t.lower()) || t.isWord() && t.lower().equals("ex");
    }
}
