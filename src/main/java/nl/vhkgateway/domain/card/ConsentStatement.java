package nl.vhkgateway.domain.card;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the Instemming betrokkenen field says: whether the betrokkenen consented, and, when they did not, whether the
 * card gives the reason and the inbrenger's justification for bringing it in anyway (000: "vermelden dat
 * betrokkenen geen instemming geven en de reden daarvoor. Je kunt toch besluiten de Veiligheidskaart in te brengen.
 * Onderbouw dan je besluit in de kaart.").
 *
 * <h2>How the answer is read</h2>
 * A ticked box (☒ Ja ☐ Nee) decides. Otherwise a refusal ("nee", "geen instemming/toestemming", "niet ingestemd",
 * "stemmen niet in", "niet akkoord", "weigeren") makes the answer no, also when it is mixed ("moeder ja, vader nee":
 * not everyone consented, so the reason and justification are needed); otherwise a yes ("ja", "akkoord",
 * "stemmen in", "ingestemd", "toestemming gegeven") makes it yes. The untouched template "Ja/Nee" is unanswered.
 *
 * <h2>How the reason and the justification are recognised</h2>
 * Only the text after the answer counts (the "nee" and the option list removed).
 * <ul>
 *   <li>Reason: a reason word ("reden", "omdat", "want", "vanwege", "i.v.m.", "geven aan", "willen niet", "bang",
 *   "wantrouwen", ...) in a text of at least 3 words, or any explanation of at least 8 words.</li>
 *   <li>Justification: a justification word ("toch", "ondanks", "desondanks", "onderbouwing", "verantwoording",
 *   "afweging", "inbrenger", "ik/wij breng(en)", "besloten", "in het belang van", "ernst", "zorgen zijn te groot",
 *   "meldcode", ...) in a text of at least 3 words; or an explanation of at least two sentences and 20 words,
 *   which a reader takes as both reason and justification.</li>
 * </ul>
 * So "Nee" and "Nee, ouders willen niet dat de gemeente zich ermee bemoeit." are incomplete; "Nee, omdat moeder
 * bang is voor uithuisplaatsing. Gezien de ernst van de zorgen breng ik de kaart toch in." is complete.
 * Stateless and thread-safe.
 */
public final class ConsentStatement {

    /** The answer the field gives. */
    public enum Answer {
        YES, NO, UNANSWERED, UNCLEAR
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Choices<Boolean> BOXES = new Choices<>(Map.of(
            Boolean.TRUE, Pattern.compile("\\bja\\b", FLAGS),
            Boolean.FALSE, Pattern.compile("\\b(?:nee|neen)\\b", FLAGS)));
    private static final Pattern TEMPLATE = Pattern.compile("^[\\W_]*(?:ja\\s*/\\s*nee|nee\\s*/\\s*ja)[\\W_]*$");
    private static final Pattern OPTION_PAIR = Pattern.compile("\\b(?:ja\\s*/\\s*nee|nee\\s*/\\s*ja)\\b");
    private static final Pattern REFUSAL = Pattern.compile("\\b(?:nee|neen|geen\\s+(?:instemming|toestemming)"
            + "|niet\\s+ingestemd|(?:stem|stemt|stemmen|stemde|stemden)\\s+niet\\s+in|niet\\s+akkoord"
            + "|weiger\\w*|geven\\s+geen\\s+(?:instemming|toestemming))\\b");
    private static final Pattern CONSENT = Pattern.compile("\\b(?:ja|akkoord|(?:stem|stemt|stemmen|stemde|stemden)\\s+in"
            + "|ingestemd|(?:instemming|toestemming)\\s+(?:gegeven|verleend)|geven\\s+(?:instemming|toestemming))\\b");
    private static final Pattern ANSWER_WORDS = Pattern.compile("\\b(?:ja|nee|neen)\\b|[\\u2610-\\u2612\\u2713\\u2714"
            + "\\u2717\\u2718\\u25A0\\u25A1\\u22A0\\uF0A8\\uF0FE\\uF0FD\\uF078\\uF06F\\uF0FC]|\\[\\s*[x\\u2713]?\\s*]"
            + "|\\(\\s*x?\\s*\\)");
    private static final Pattern REASON = Pattern.compile("\\b(?:reden\\w*|omdat|want|vanwege|wegens|aangezien"
            + "|ivm|in\\s+verband\\s+met|doordat|geeft\\s+aan|geven\\s+aan|gaf\\s+aan|gaven\\s+aan|wil\\s+niet"
            + "|willen\\s+niet|wilde\\s+niet|wilden\\s+niet|bang|angst\\w*|wantrouw\\w*|vertrouwen|boos|niet\\s+eens"
            + "|zien\\s+geen|ziet\\s+geen|zijn\\s+het\\s+niet|vinden|vindt|weiger\\w*|onbereikbaar|niet\\s+bereikbaar"
            + "|uithuisplaatsing|bezwaar)\\b");
    private static final Pattern JUSTIFICATION = Pattern.compile("\\b(?:toch|ondanks|desondanks|niettemin"
            + "|onderbouw\\w*|verantwoord\\w*|rechtvaardig\\w*|afweging|inbrenger|ik\\s+breng|breng\\s+ik"
            + "|wij\\s+brengen|brengen\\s+wij|we\\s+brengen|brengen\\s+we|besloten|besluit|in\\s+het\\s+belang"
            + "|belang\\s+van\\s+de|ernst|zorgen\\s+(?:zijn|blijven)\\s+te\\s+groot|meldcode|noodzakelijk"
            + "|veiligheid\\s+(?:van|gaat))\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]+(?:\\s|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}|\\p{L}\\b");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final Answer answer;
    private final boolean reasonGiven;
    private final boolean justificationGiven;

    private ConsentStatement(Answer answer, boolean reasonGiven, boolean justificationGiven) {
        this.answer = answer;
        this.reasonGiven = reasonGiven;
        this.justificationGiven = justificationGiven;
    }

    /** Reads the value of the Instemming betrokkenen field. */
    public static ConsentStatement read(String value) {
        String text = normalise(value);
        if (Placeholders.isEmpty(value) || TEMPLATE.matcher(text).matches()) {
            return new ConsentStatement(Answer.UNANSWERED, false, false);
        }
        Choices.Answer<Boolean> boxes = BOXES.read(text);
        Answer answer;
        if (boxes.boxes()) {
            answer = boxes.chosen().isEmpty() ? Answer.UNANSWERED
                    : boxes.chosen().contains(Boolean.FALSE) ? Answer.NO : Answer.YES;
        } else {
            String withoutOptionList = OPTION_PAIR.matcher(text).replaceAll(" ");
            answer = REFUSAL.matcher(withoutOptionList).find() ? Answer.NO
                    : CONSENT.matcher(withoutOptionList).find() ? Answer.YES : Answer.UNCLEAR;
        }
        String explanation = ANSWER_WORDS.matcher(OPTION_PAIR.matcher(text).replaceAll(" ")).replaceAll(" ");
        int words = countWords(explanation);
        int sentences = countSentences(explanation);
        boolean reason = (words >= 3 && REASON.matcher(explanation).find()) || words >= 8;
        boolean justification = (words >= 3 && JUSTIFICATION.matcher(explanation).find())
                || (sentences >= 2 && words >= 20);
        return new ConsentStatement(answer, reason, justification);
    }

    public Answer answer() {
        return answer;
    }

    /** Yes or no when the field answers clearly; empty when unanswered or unclear. */
    public Optional<Boolean> consentGiven() {
        return switch (answer) {
            case YES -> Optional.of(Boolean.TRUE);
            case NO -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** True when text after the answer gives a reason. */
    public boolean reasonGiven() {
        return reasonGiven;
    }

    /** True when text after the answer justifies bringing the card in anyway. */
    public boolean justificationGiven() {
        return justificationGiven;
    }

    private static String normalise(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFD);
        text = DIACRITICS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        return text.replace("i.v.m.", "ivm").replaceAll("\\s+", " ").strip();
    }

    private static int countWords(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static int countSentences(String text) {
        int count = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            if (countWords(sentence) >= 3) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "ConsentStatement[" + answer + ", reason " + reasonGiven + ", justification " + justificationGiven + "]";
    }
}
