package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rule: a name followed by the kind of institution in brackets is that institution ("Maria Goretti (speciaal
 * basisonderwijs)", "De Wissel (sbo)", "Arosa (vrouwenopvang)", "Zayaz (woningcorporatie)"). A person is described
 * in brackets by a kin word or an age, never by a kind of school or care. After a kin or title word or an initial the
 * name stays a person's ("oom Ahmed (jeugdhulp)", "mw. A. Pieters (vmbo)"); words that tell where a person works
 * ("school", "gemeente", "werkgever") are no kind of institution here.
 */
final class InstitutionInBrackets {

    /** Kinds of school, child care, care and housing that open the brackets. */
    private static final Set<String> KINDS = Set.of("speciaal", "basisschool", "basisonderwijs", "sbo", "so", "vso",
            "vo", "mbo", "hbo", "roc", "kinderopvang", "bso", "kdv", "peuteropvang", "peuterspeelzaal",
            "kinderdagverblijf", "jeugdhulp", "jeugdzorg", "ggz", "jggz", "vg", "dagbesteding", "woningcorporatie",
            "corporatie", "woonstichting", "verhuurder", "verslavingszorg", "vrouwenopvang", "opvang", "zorgaanbieder",
            "huisartsenpraktijk", "ziekenhuis", "kliniek", "praktijkonderwijs", "vmbo", "havo", "vwo",
            "gymnasium", "lyceum", "internaat", "gezinshuis", "zorgboerderij", "crisisopvang", "pleegzorg",
            "thuiszorg", "wijkverpleging", "kraamzorg", "zorginstelling", "woonvoorziening", "ikc", "kindcentrum",
            "cluster", "schoolbestuur", "scholengroep", "uitzendbureau",
            // round 24 (t24-inst): houses of worship that are buildings, never a person's workplace alone
            "kathedraal", "basiliek", "abdij");

    private InstitutionInBrackets() {
    }

    /** A word of a name list in the run (a given name or surname, also one that is an ordinary word). */
    private static boolean listedNameIn(WordClass[] cls, int from, int to) {
        for (int m = from; m < to; m++) {
            if (cls[m] == WordClass.NAME || cls[m] == WordClass.AMBIGUOUS_FIRST_NAME
                    || cls[m] == WordClass.AMBIGUOUS_SURNAME) {
                return true;
            }
        }
        return false;
    }

    /** Words before a name that make it a person's slot ("contact met X", "geholpen door X"). */
    private static final Set<String> PERSON_SLOT = Set.of("met", "door", "van", "aan", "voor", "tegen");
    /** Common Dutch and Frisian surname endings (review t24-inst). */
    private static final List<String> SURNAME_ENDINGS = List.of("stra", "sma", "inga", "ink", "man", "ing", "er",
            "sen", "zen", "ma", "ga");

    private static boolean personSlotBefore(List<Token> tokens, int start) {
        return start > 0 && tokens.get(start - 1).isWord() && PERSON_SLOT.contains(tokens.get(start - 1).lower());
    }

    private static boolean surnameEnding(Token t) {
        String lower = t.lower();
        for (String ending : SURNAME_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind opens the brackets, alone or after one lower-case adjective of denomination or manner (round 24,
     * t24-inst: "(reformatorische jeugdhulp)", "(specialistische ggz)", "(christelijke basisschool)"), then only for a
     * name of no list: "Timon (ambulante jeugdhulp)" may be the half-brother the card names (CardScreeningServiceTest).
     */
    private static boolean kindOpens(List<Token> tokens, WordClass[] cls, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return false;
        }
        if (KINDS.contains(tokens.get(k).lower())) {
            return true;
        }
        Token adjective = tokens.get(k);
        return !adjective.capitalised() && adjective.lower().length() >= 5 && adjective.lower().endsWith("e")
                && cls[k] != WordClass.ROLE && k + 1 < n && tokens.get(k + 1).isWord()
                && !tokens.get(k + 1).capitalised() && KINDS.contains(tokens.get(k + 1).lower());
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                      int[] role) {
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            if (!tokens.get(open).is('(') || !kindOpens(tokens, cls, open + 1)) {
                continue;
            }
            int start = open;
            while (start - 1 >= 0 && open - start < 5) {
                Token t = tokens.get(start - 1);
                if (t.isWord() && (t.capitalised() || cls[start - 1] == WordClass.TUSSENVOEGSEL
                        && start - 1 > 0 && start < open) && cls[start - 1] != WordClass.ROLE
                        && cls[start - 1] != WordClass.INITIAL) {
                    start--;
                } else if (t.is('-') && !t.spaceBefore() && start < open) {
                    start--;
                } else {
                    break;
                }
            }
            if (start == open || start > 0 && (tokens.get(start - 1).isWord()
                    && (role[start - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                    || tokens.get(start - 1).is('.'))) {
                continue;
            }
            if (!KINDS.contains(tokens.get(open + 1).lower()) && listedNameIn(cls, start, open)) {
                continue; // "Timon (ambulante jeugdhulp)": with an adjective only a name of no list (review t24-inst)
            }
            if (!KINDS.contains(tokens.get(open + 1).lower())
                    && (personSlotBefore(tokens, start) || surnameEnding(tokens.get(open - 1)))) {
                continue; // "contact met Hoitingastra (specialistische ggz)": a person (review t24-inst, Rrb-105)
            }
            for (int m = start; m < open; m++) {
                covered[m] = true;
                coveredOrganisation[m] = true;
            }
        }
    }
}
