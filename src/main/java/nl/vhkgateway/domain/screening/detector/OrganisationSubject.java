package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rule: an organisation by what it does. A capitalised run at the start of a sentence that no name list
 * knows, before a verb that only organisations do ("biedt", "levert", "verzorgt", "organiseert", "verhuurt",
 * "indiceert") or before a sending verb with an official object ("heeft een laatste waarschuwing gestuurd", "heeft
 * een indicatie afgegeven", "stuurde een aanzegging"), is an organisation ("Parteon heeft ...", "Korein Kinderplein
 * biedt de BSO aan", "Huis van het Kind Essen biedt ..."). A listed given name or surname that is no ordinary word
 * stays a name.
 *
 * <p>Round 10: benefits and care services are official objects too, paid, stopped or given by an organisation
 * ("Porthos heeft de uitkering van vader stopgezet", "Orionis Walcheren betaalt de bijzondere bijstand"), and help
 * with a care service that only organisations give is an organisation's ("Zeeuwse Gronden heeft het gezin geholpen
 * met opvoedondersteuning"); help with an application, money or a place to sleep is anyone's. A listed given name or
 * surname still stays a name ("Bakker heeft het gezin geholpen met ...").
 *
 * <p>Round 10 leak fix: paying, giving and helping are things people do too ("Huntelaar betaalt het leefgeld van
 * zijn dochter", "Verloo heeft de woonruimte aangeboden"). A single unknown word is an organisation only with a verb
 * that only an agency does with a benefit ("heeft de uitkering stopgezet", "kent de toeslag toe"), never with paying,
 * giving or helping; and no subject is an organisation when a possessive (zijn, haar, hun) stands in the clause
 * ("heeft de jeugdhulp voor zijn zoon stopgezet"), or when a listed given name or surname is part of it.
 */
final class OrganisationSubject {

    /** Verbs whose subject is an organisation. */
    private static final Set<String> ORGANISATION_VERBS = Set.of("biedt", "bieden", "bood", "levert", "leverde",
            "verzorgt", "verzorgde", "organiseert", "organiseerde", "verhuurt", "verhuurde", "indiceert", "indiceerde",
            "financiert", "financierde", "bekostigt", "faciliteert", "coördineert", "coordineert");
    /** Auxiliaries before an official object and a participle of issuing ("heeft een indicatie afgegeven"). */
    private static final Set<String> AUXILIARIES = Set.of("heeft", "had", "hebben", "hadden");
    /** Participles of issuing. */
    private static final Set<String> ISSUED = Set.of("gestuurd", "verstuurd", "afgegeven", "opgelegd", "toegekend",
            "afgewezen", "ingetrokken", "opgezegd", "uitgedeeld", "uitgegeven", "verleend", "gegeven", "aangezegd",
            "betekend", "uitgesproken", "ingediend", "gezonden", "toegezegd",
            // round 10: benefits stopped, lowered or paid
            "stopgezet", "beëindigd", "verlaagd", "gekort", "verstrekt", "uitbetaald", "teruggevorderd");
    /** Round 10: participles of helping, only with a care service as object ("geholpen met opvoedondersteuning"). */
    private static final Set<String> HELPED = Set.of("geholpen", "ondersteund", "begeleid");
    /**
     * Round 10: care services that only an organisation gives; a person helps with "de aanvraag van bijstand" or
     * offers "een slaapplek", so benefits, shelter and housing are no such object.
     */
    private static final Set<String> SERVICES = Set.of("opvoedondersteuning", "opvoedingsondersteuning",
            "gezinsbegeleiding", "jeugdhulp", "schuldhulpverlening");
    /**
     * Round 10 leak fix: verbs and participles that people do as often as organisations; a single unknown word
     * before them stays a name ("Tadesse betaalt de huurtoeslag terug").
     */
    private static final Set<String> PERSON_ALSO = Set.of("betaalt", "betaalde", "verstrekt", "verstrekte", "keert",
            "keerde", "geholpen", "ondersteund", "begeleid");
    /** Round 10 leak fix: possessives that make the clause a person's ("het leefgeld van zijn dochter"). */
    private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "hun", "z'n", "d'r", "mijn", "m'n");
    /** Finite verbs of sending, with an official object ("stuurde een aanzegging"). */
    private static final Set<String> SENDING_VERBS = Set.of("stuurde", "stuurt", "verstuurde", "verstuurt", "zond",
            "legde", "legt", "verleende", "verleent", "kende", "kent", "zegde", "zegt",
            // round 10: paying and granting benefits ("betaalt de bijzondere bijstand", "verstrekt een voorschot")
            "betaalt", "betaalde", "verstrekt", "verstrekte", "keert", "keerde", "vordert", "vorderde");
    /** Official objects that organisations issue: decisions, indications, notices. */
    private static final Set<String> OFFICIAL_OBJECTS = Set.of("indicatie", "beschikking", "waarschuwing",
            "aanzegging", "aanmaning", "ingebrekestelling", "huuropzegging", "opzegging", "dwangbevel", "vonnis",
            "ontruimingsvonnis", "urgentieverklaring", "urgentie", "toekenning", "afwijzing", "huurcontract",
            "huurovereenkomst", "boete", "sanctie", "gedoogverklaring", "machtiging", "toewijzing", "vergunning",
            "huurverhoging", "ontruimingsaanzegging",
            // round 10: benefits and allowances that only an agency pays, stops or lowers
            "uitkering", "bijstand", "bijstandsuitkering", "toeslag", "toeslagen", "huurtoeslag", "zorgtoeslag",
            "kinderopvangtoeslag", "kinderbijslag", "subsidie", "pgb", "ww-uitkering", "wajong-uitkering");

    private OrganisationSubject() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                      WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.sentenceStart() || !t.capitalised()) {
                continue;
            }
            int k = i;
            boolean unknown = false;
            boolean person = false;
            boolean listedName = false;
            while (k < n && k < i + 6 && tokens.get(k).isWord() && (tokens.get(k).capitalised() || covered[k])) {
                WordClass c = cls[k];
                if (!covered[k]) {
                    unknown |= c == WordClass.UNKNOWN || c == WordClass.AMBIGUOUS_SURNAME && k > i
                            && coveredOrganisation[k - 1];
                    person |= c == WordClass.NAME || c == WordClass.AMBIGUOUS_FIRST_NAME || c == WordClass.ROLE
                            || c == WordClass.INITIAL || c == WordClass.AMBIGUOUS_SURNAME && !(k > i
                            && coveredOrganisation[k - 1]);
                    listedName |= !(k > i && coveredOrganisation[k - 1]) && (words.isFirstName(tokens.get(k).text())
                            || words.isSurname(tokens.get(k).text())); // "Huis van het Kind Essen" stays a site
                }
                k++;
            }
            // round 16 (r16-names): one word spelled with a Turkish letter ("Ertuğrul levert loonstroken aan") is a
            // person as often as an organisation of no list; TurkishLetterName decides it
            boolean turkishWord = k - i == 1 && TurkishLetterName.turkishLetter(t.text());
            if (!unknown || person || listedName || turkishWord || k >= n || !tokens.get(k).isWord()
                    || !organisationVerbAt(tokens, k, k - i == 1)) {
                i = k;
                continue;
            }
            for (int m = i; m < k; m++) {
                covered[m] = true;
                coveredOrganisation[m] = true;
            }
            i = k;
        }
    }

    private static boolean organisationVerbAt(List<Token> tokens, int k, boolean singleWord) {
        String verb = tokens.get(k).lower();
        if (ORGANISATION_VERBS.contains(verb)) {
            return true;
        }
        if (singleWord && PERSON_ALSO.contains(verb) || possessiveInClause(tokens, k)) {
            return false;
        }
        boolean auxiliary = AUXILIARIES.contains(verb);
        if (!auxiliary && !SENDING_VERBS.contains(verb)) {
            return false;
        }
        boolean object = false;
        boolean issued = false;
        boolean helped = false;
        for (int m = k + 1; m < tokens.size() && m <= k + 8; m++) {
            Token o = tokens.get(m);
            if (!o.isWord()) {
                return false;
            }
            String lower = o.lower();
            if (OFFICIAL_OBJECTS.contains(lower)) {
                object = true;
                if (!auxiliary) {
                    return true;
                }
            } else if (ISSUED.contains(lower) && !(singleWord && PERSON_ALSO.contains(lower))) {
                if (object) {
                    return true; // "heeft een laatste waarschuwing gestuurd", "heeft een indicatie afgegeven"
                }
                issued |= auxiliary; // "heeft stopgezet de ...": rare, but the object may follow
            } else if (auxiliary && !singleWord && HELPED.contains(lower)) {
                helped = true;
            } else if (helped && SERVICES.contains(lower)) {
                return true; // "heeft het gezin geholpen met opvoedondersteuning"
            }
            if (object && issued) {
                return true;
            }
        }
        return false;
    }

    /** A possessive between the verb and the end of the clause ("betaalt het leefgeld van zijn dochter"). */
    private static boolean possessiveInClause(List<Token> tokens, int k) {
        for (int m = k + 1; m < tokens.size() && m <= k + 12; m++) {
            Token o = tokens.get(m);
            if (!o.isWord()) {
                if (o.text().equals("'")) {
                    continue;
                }
                return false;
            }
            if (POSSESSIVES.contains(o.lower())) {
                return true;
            }
        }
        return false;
    }
}
