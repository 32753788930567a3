package nl.vhkgateway.domain.card;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a filled field from one that only holds template text or a placeholder. Two strengths:
 * <ul>
 *   <li>{@link #isEmpty(String)} for fields that must be filled: blank, only punctuation ("-", "...", "…", "___"),
 *   a bare placeholder ("n.v.t.", "nvt", "niet van toepassing", "niet invullen bij inbreng", "nog in te vullen",
 *   "volgt", "p.m.", "xxx"), Word's content-control prompt ("Klik of tik om tekst in te voeren.") or a template
 *   hint in brackets ("[vraag aan het VHT]", "&lt;invullen&gt;"). A placeholder <em>with</em> an explanation
 *   ("n.v.t., inbrenger is zelf de vaste deelnemer") counts as filled: the explanation is the answer.</li>
 *   <li>{@link #isEmptyAtIntake(String)} for the Persoonsgegevens fields, which must stay empty: additionally
 *   accepts any text made only of instruction words ("alleen invullen bij overdracht met instemming", "leeg",
 *   "NOOIT invullen bij een inbreng in het VHT"): such text cannot be personal data.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Placeholders {

    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s_x]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_HINT = Pattern.compile("^\\s*[\\[<{](?:[^\\]>}]*)[\\]>}]\\s*$");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\b(\\p{L})\\.(\\p{L})\\.(?:(\\p{L})\\.?)?");

    /** Normalised (lower case, no accents, words separated by one space, "n.v.t." -> "nvt") placeholder phrases. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "nvt", "n v t", "niet van toepassing", "nvt bij inbreng", "niet invullen", "niet invullen bij inbreng",
            "niet invullen bij inbreng vht", "niet invullen bij inbreng in het vht", "niet invullen bij een inbreng",
            "niet invullen bij een inbreng in het vht", "in te vullen", "nog in te vullen", "nog invullen", "invullen",
            "vul in", "vul hier in", "hier invullen", "volgt", "volgt nog", "nog volgen", "pm", "p m", "tbd", "todo",
            "n b", "nb", "nader te bepalen", "ntb", "leeg", "tekst", "klik of tik om tekst in te voeren",
            "klik hier als u tekst wilt invoeren", "klik hier om tekst in te voeren", "click or tap here to enter text",
            "click here to enter text", "kies een item", "choose an item", "klik of tik om een datum in te voeren",
            "click or tap to enter a date");

    /** Longer than any placeholder phrase with generous room for punctuation and spaces. */
    private static final int LONGEST_PLACEHOLDER = 2 * PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    /** Words of template instructions; text made only of these cannot identify anyone. */
    private static final Set<String> INSTRUCTION_WORDS = Set.of(
            "nvt", "n", "v", "t", "niet", "nooit", "van", "toepassing", "invullen", "ingevuld", "in", "te", "vullen",
            "bij", "een", "de", "het", "inbreng", "vht", "veiligheidsteam", "alleen", "overdracht", "met", "zonder",
            "instemming", "toestemming", "betrokkenen", "leeg", "laten", "blijft", "is", "zie", "nog", "volgt", "pm",
            "tbd", "geen", "persoonsgegevens", "gegevens", "wordt", "worden", "pas", "na", "klik", "of", "tik", "om",
            "tekst", "voeren", "x", "xx", "xxx", "n.v.t", "anoniem", "gepseudonimiseerd", "vermelden", "vermeld",
            // Pointers to another part of the document ("Zie voetnoot.", "zie opmerking", "Aangepast."): the text they
            // point to is screened where it stands.
            "voetnoot", "eindnoot", "opmerking", "opmerkingen", "bijlage", "hierboven", "hieronder", "aangepast",
            "afbeelding");

    private Placeholders() {
    }

    /** True when a field that must be filled holds nothing that answers it. */
    public static boolean isEmpty(String value) {
        if (value == null || ONLY_PUNCTUATION.matcher(value).matches() || BRACKETED_HINT.matcher(value).matches()) {
            return true;
        }
        // Every placeholder phrase is short; a longer value is an answer (and normalising it costs time).
        return value.length() <= LONGEST_PLACEHOLDER && PLACEHOLDERS.contains(normalise(value));
    }

    /**
     * True when a field that must stay empty at intake holds nothing but a placeholder or instruction words.
     * Lenient on purpose: the detectors still screen the text, this only decides whether the field counts as filled.
     */
    public static boolean isEmptyAtIntake(String value) {
        if (isEmpty(value)) {
            return true;
        }
        String normalised = normalise(value);
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty() && !INSTRUCTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents removed, every run of non-letters/digits one space ("N.v.t." becomes "n v t"). */
    static String normalise(String value) {
        // round 13 (speed): NFD and the removal of marks change nothing in ASCII text (as in Section.normalise)
        String text = ascii(value) ? value : DIACRITICS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD))
                .replaceAll("");
        text = text.toLowerCase(Locale.ROOT);
        // Join dotted abbreviations first so that "n.v.t." and "nvt" meet: "n.v.t." -> "nvt", "p.m." -> "pm".
        text = DOTTED_ABBREVIATION.matcher(text).replaceAll("$1$2$3");
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").strip();
    }
}
