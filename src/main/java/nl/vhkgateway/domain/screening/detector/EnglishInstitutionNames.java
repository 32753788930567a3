package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 10 rule: churches and missions with an English name, as migrant congregations in the Netherlands are called,
 * name a place of worship after "of" ("Church of Pentecost", "Mission of Grace", "Assembly of the Redeemed"): the
 * capitalised words after "Church of" (up to four, with "the") are the church's name, no person, up to a listed
 * name or a word before a family word (round 10 leak fix: "Church of Pentecost Mensah", "of God Asante familie" keep
 * the name; the first word may be a listed name that is a word too, "Mission of Hope"; "House of" is no head any
 * more: "House of Jansen"). The other order, "Redeemed Christian Church", is an
 * institution head after a run ({@code PersonNameDetector.INSTITUTION_HEADS}). Also a site of a listed organisation: the capitalised
 * words (and particles) after "locatie", "vestiging" or "afdeling" right after a listed organisation name its place
 * ("COA locatie Budel-Cranendonk", "Karakter vestiging Ede"); a person is no site. Stateless.
 */
final class EnglishInstitutionNames {

    /** Heads of an English church or mission name that take "of" and the name after it. */
    private static final Set<String> HEADS_WITH_OF = WordSets.of("church", "churches", "chapel", "mission", "ministries",
            "ministry", "assembly", "assemblies", "fellowship", "tabernacle", "cathedral", "temple");

    /** Words that name a site of an organisation ("COA locatie Zeist"). */
    private static final Set<String> SITE_WORDS = WordSets.of("locatie", "vestiging", "afdeling", "lokatie");
    private static final Set<String> PARTICLES = Set.of("ter", "den", "de", "het", "op", "aan", "van", "sint", "st");

    private EnglishInstitutionNames() {
    }

    /** "COA locatie Ter Apel": the site of a listed organisation after a site word is a place, no person. */
    static void unflagSites(List<Token> tokens, boolean[] coveredOrganisation, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token site = tokens.get(i);
            if (!site.isWord() || !SITE_WORDS.contains(site.lower()) || !coveredOrganisation[i - 1]
                    || !tokens.get(i - 1).isWord()) {
                continue;
            }
            for (int m = i + 1; m < n && m < i + 5; m++) {
                Token w = tokens.get(m);
                boolean hyphen = w.is('-') && !w.spaceBefore();
                if (!hyphen && !(w.isWord() && (w.capitalised() || PARTICLES.contains(w.lower()) && m == i + 1
                        && w.capitalised()))) {
                    break;
                }
                flag[m] = false;
            }
        }
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token head = tokens.get(i);
            if (!head.isWord() || !head.capitalised() || !HEADS_WITH_OF.contains(head.lower())
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).text().equals("of")) {
                continue;
            }
            int k = i + 2;
            if (k < n && tokens.get(k).isWord() && tokens.get(k).text().equals("the")) {
                k++;
            }
            for (int m = k; m < n && m < k + 4 && tokens.get(m).isWord() && tokens.get(m).capitalised()
                    && (!RelativeGuard.listedName(tokens.get(m), words) || m == k && words.isWord(tokens.get(m).lower()))
                    && !(m + 1 < n && tokens.get(m + 1).isWord()
                    && words.isKinOrRole(tokens.get(m + 1).lower())); m++) {
                flag[m] = false; // round 10 leak fix: "Church of Pentecost Mensah", "of God Asante familie" keep the name
            }
        }
    }
}
