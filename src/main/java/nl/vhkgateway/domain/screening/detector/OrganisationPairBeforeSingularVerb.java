package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-inst): an organisation named by a pair of words ("Kinderdagverblijf Ot en Sien signaleert een
 * uitslag", "Kinderpraktijk Roos en Linde geeft speltherapie", "Sportvereniging Rap en Rein is een veilige plek") is
 * one subject: the verb after the pair is singular. Two persons take a plural verb ("Ot en Sien signaleren", "Sanne en
 * Piet zorgen"), so a singular verb after "X en Y" says that the pair is the organisation's name, also when X and Y are
 * given names. {@link NamedOrganisationAfterHead} never joins a listed given name over "en" (review rb of round 22),
 * because without the verb the pair is a second party as often. An unflag rule, read only in this shape:
 * <ul>
 * <li>The head opens the sentence, written with a capital: a head of {@code organisation-name-heads.txt} or a
 * compound ending in -vereniging, -club or -praktijk (a sports club, a children's practice); not an activity
 * (scouting, judo, voetbal: "Scouting Daan en Sem ..." is a note on two children as often).</li>
 * <li>Right after it: one capitalised word, "en", one capitalised word (no word in capitals, no kin word, role or
 * title among them) of one kind: both on no name list, or both listed given names after a head of a place for young
 * children or a practice (review, see {@link #sameKind}); then a singular finite verb that an organisation does or is (is, was, heeft, geeft, biedt, doet,
 * meldt, signaleert, verzorgt, organiseert, ondersteunt, begeleidt, helpt, wordt, zit ...), then a lower-case word.</li>
 * </ul>
 * Stays a person: a plural verb ("Verpleeghuis Sanne en Piet zorgen"), a head that does not open the sentence ("Op de
 * peuteropvang Noor en Fleur is het druk": the verb's subject follows it), a kin word, role or title in the pair ("Juf
 * Roos en oom Piet"), a line in capitals, a colon or comma between head and pair. <b>Price</b>: a writer's slip of
 * number after a child-care head and two given names ("Kinderdagverblijf Noor en Fleur is ziek") is read as the
 * organisation's name. Stays refused since the review: an organisation and a given name ("Stichting Leergeld en
 * Marloes heeft", "Sportvereniging Rap en Rein is"). Stateless.
 */
final class OrganisationPairBeforeSingularVerb {

    private static final Set<String> SINGULAR_VERBS = WordSets.of("is", "was", "heeft", "had", "geeft", "gaf",
            "biedt", "bood", "doet", "deed", "meldt", "meldde", "signaleert", "signaleerde", "verzorgt", "verzorgde",
            "organiseert", "organiseerde", "ondersteunt", "ondersteunde", "begeleidt", "begeleidde", "helpt", "hielp",
            "wordt", "werd", "zit", "zat", "vangt", "ving", "houdt", "hield", "ziet", "zag", "maakt", "maakte",
            "verwijst", "verwees", "kent", "kende");
    private static final Set<String> ACTIVITIES = WordSets.of("scouting", "judo", "voetbal", "hockey", "korfbal",
            "zwemles", "turnen", "okt", "basisteam", "bureau");

    private OrganisationPairBeforeSingularVerb() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int h = 0; h + 5 < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || !head.sentenceStart() || !head.capitalised() || head.allCaps()
                    || !organisationHead(head.lower())) {
                continue;
            }
            Token first = tokens.get(h + 1);
            Token and = tokens.get(h + 2);
            Token second = tokens.get(h + 3);
            Token verb = tokens.get(h + 4);
            Token after = tokens.get(h + 5);
            if (!nameWord(first, role[h + 1], words) || !and.isWord() || !and.text().equals("en")
                    || !nameWord(second, role[h + 3], words) || !verb.isWord() || !SINGULAR_VERBS.contains(verb.text())
                    || !after.isWord() || after.capitalised() || !(flag[h + 1] || flag[h + 3])
                    || !sameKind(head.lower(), first, second, words)) {
                continue;
            }
            flag[h] = false;
            flag[h + 1] = false;
            flag[h + 2] = false;
            flag[h + 3] = false;
        }
    }

    /**
     * Review (reviewer ra's probes of round 22, "Stichting Leergeld en Marloes heeft de schoolreis betaald",
     * "Voetbalvereniging Sparta en Yusuf heeft ..."): an organisation and a person joined by "en" with the verb of the
     * nearer subject. The pair must be of one kind: two words that no name list holds ("Vlug en Vaardig"), or two
     * listed given names after a head of a place for young children or a practice ("Kinderdagverblijf Ot en Sien",
     * "Kinderpraktijk Roos en Linde": children's pairs are a naming custom there); a word of no name list beside a
     * given name ("Rap en Rein", "Sparta en Yusuf") stays refused.
     */
    private static boolean sameKind(String head, Token first, Token second, WordLists words) {
        boolean firstGiven = given(first, words);
        boolean secondGiven = given(second, words);
        if (firstGiven && secondGiven) {
            return NamedOrganisationAfterHead.isChildHead(head) || compound(head, "praktijk");
        }
        return !firstGiven && !secondGiven && !RelativeGuard.listedName(first, words)
                && !RelativeGuard.listedName(second, words);
    }

    private static boolean given(Token t, WordLists words) {
        return words.isFirstName(t.text()) || words.isFirstNameLower(t.lower());
    }

    /** A head of the list or a club's, association's or practice's compound; not an activity. */
    private static boolean organisationHead(String lower) {
        if (ACTIVITIES.contains(lower)) {
            return false;
        }
        return NamedOrganisationAfterHead.isHead(lower) || compound(lower, "vereniging") || compound(lower, "club")
                || compound(lower, "praktijk");
    }

    private static boolean compound(String lower, String end) {
        return lower.endsWith(end) && lower.length() > end.length() + 2;
    }

    /** One capitalised word in ordinary capitalisation that is no kin word, role or title. */
    private static boolean nameWord(Token t, int role, WordLists words) {
        return t.isWord() && t.capitalised() && !t.allCaps() && !words.isKinOrRole(t.lower())
                && !words.isTitle(t.lower()) && (role & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) == 0;
    }
}
