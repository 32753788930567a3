package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 12 (numbers): record codes of hospitals, mental-health services and youth care written without a label word
 * right before them. Two shapes:
 * <ul>
 *   <li>a code of six to fourteen capitals and digits whose letters and digits take turns (a digit followed by a
 *       letter and a letter followed by a digit, two or more of each: "NJ4Y2H9NX", "IRD93039R4", "7K2PX9"); the
 *       caller counts it with an identifying label anywhere in the sentence, as it does long numbers. A postcode
 *       ("3511AB": digits, then letters) and a name with a number ("COVID19": letters, then digits) do not take turns;</li>
 *   <li>a long number or code after "onder" or "als" in a sentence that says a person is registered, known or on
 *       file ("staat ... onder", "bekend als", "ingeschreven onder", "geregistreerd als").</li>
 * </ul>
 * Thread-safe.
 */
final class MixedRecordCode {

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d/-])[A-Z\\d]{6,14}(?![\\p{L}\\d]|[-/]\\w)");
    private static final Pattern TURNS = Pattern.compile("\\d[A-Z]");
    private static final Pattern TURNS_BACK = Pattern.compile("[A-Z]\\d");
    /** A dose written as one code: "10MG2DD", "5ML3X". */
    private static final Pattern DOSE = Pattern.compile("\\d(?:MG|ML|MCG|DD|KG|GR|IE|MMOL)(?![A-Z])");
    /** Classification codes of medicines and diagnoses: "ATC N06BA04", "ICD-10 F90", "DSM". */
    private static final Pattern CLASSIFICATION_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:atc|icd(?:-?1[01])?|dsm(?:-?5)?|"
            + "snomed)(?:[\\s-]?code)?\\s*[:(]?\\s*$");
    /** A verb of being on file, then (within the clause) "onder" or "als" right before the code. */
    private static final Pattern REGISTERED_UNDER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:sta(?:at|an)|stond(?:en)?|bekend|geregistreerd|ingeschreven|geboekt|vindbaar|"
                    + "te\\s+vinden|opgenomen|aangemeld|gemeld|geregistreerd|genoteerd|opgeslagen|vermeld|"
                    + "registered|listed|filed)"
                    + "(?![\\p{L}])[^.;!?\\n]{0,50}?(?<![\\p{L}])(?:onder|als|under|as)\\s*:?\\s*$");

    private MixedRecordCode() {
    }

    /** A digit right before a capital A-Z and a capital right before a digit somewhere (TURNS and TURNS_BACK). */
    private static boolean turnsInText(String text) {
        boolean turns = false;
        boolean back = false;
        for (int i = 1; i < text.length() && !(turns && back); i++) {
            char p = text.charAt(i - 1);
            char c = text.charAt(i);
            turns |= p >= '0' && p <= '9' && c >= 'A' && c <= 'Z';
            back |= p >= 'A' && p <= 'Z' && c >= '0' && c <= '9';
        }
        return turns && back;
    }

    /** The codes whose letters and digits take turns, with two or more of each. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>(0);
        if (!turnsInText(text)) {
            return out; // a code holds a digit before a capital and a capital before a digit
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String v = m.group();
            int digits = TextWindow.digitCount(v);
            int letters = v.length() - digits;
            if (digits >= 2 && letters >= 2 && TURNS.matcher(v).find() && TURNS_BACK.matcher(v).find()
                    && !DOSE.matcher(v).find() && !CLASSIFICATION_BEFORE.matcher(TextWindow.before(text, m.start(), 12)).find()) {
                out.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
            }
        }
        return out;
    }

    /** Kin and role words ("kind", "zus", "cliënt"), the curated list. */
    private static final Set<String> KIN_ROLES = WordLists.lowerCaseSet("kin-roles.txt");
    /** Words of a person or a person's record: pronouns and record systems. */
    private static final Pattern PERSON_OR_RECORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:hij|zij|ze|hem|haar|zijn|"
            + "hun|jongen|meisje|baby|gezin|familie|\\p{L}*systeem|dossier\\p{L}*|epd|registratie\\p{L}*|"
            + "administratie)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    /**
     * "in het systeem staat het kind onder ...", "zus is daar bekend als ...": the text before the code says so, and
     * the sentence speaks of a person (a kin or role word, a pronoun) or of a record system. "De interventie staat in
     * de databank als 1401243" names no person.
     */
    static boolean registeredUnder(String text, int sentenceStart, int codeStart) {
        int from = Math.max(sentenceStart, codeStart - 90);
        if (codeStart - from < 8 || !REGISTERED_UNDER.matcher(text).region(from, codeStart).find()) {
            return false;
        }
        if (PERSON_OR_RECORD.matcher(text).region(from, codeStart).find()) {
            return true;
        }
        Matcher w = WORD.matcher(text).region(from, codeStart);
        while (w.find()) {
            if (KIN_ROLES.contains(w.group().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
