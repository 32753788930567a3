package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.SegmentView.ALL_CAPS;
import static nl.vhkgateway.domain.screening.detector.SegmentView.APOSTROPHE;
import static nl.vhkgateway.domain.screening.detector.SegmentView.BIJ;
import static nl.vhkgateway.domain.screening.detector.SegmentView.COLON;
import static nl.vhkgateway.domain.screening.detector.SegmentView.COMMA;
import static nl.vhkgateway.domain.screening.detector.SegmentView.DAT;
import static nl.vhkgateway.domain.screening.detector.SegmentView.DASH;
import static nl.vhkgateway.domain.screening.detector.SegmentView.HYPHEN;
import static nl.vhkgateway.domain.screening.detector.SegmentView.KIN;
import static nl.vhkgateway.domain.screening.detector.SegmentView.LOWER_GIVEN;
import static nl.vhkgateway.domain.screening.detector.SegmentView.LOWER_SURNAME;
import static nl.vhkgateway.domain.screening.detector.SegmentView.LOWER_SURNAME_NO_WORD;
import static nl.vhkgateway.domain.screening.detector.SegmentView.OLD_PARTICLE;
import static nl.vhkgateway.domain.screening.detector.SegmentView.OPEN_BRACKET;
import static nl.vhkgateway.domain.screening.detector.SegmentView.PERIOD;
import static nl.vhkgateway.domain.screening.detector.SegmentView.PIPE;
import static nl.vhkgateway.domain.screening.detector.SegmentView.QUOTE;
import static nl.vhkgateway.domain.screening.detector.SegmentView.SHOUTED;
import static nl.vhkgateway.domain.screening.detector.SegmentView.TITLE;

import java.util.List;
import java.util.Map;

/**
 * Round 17 (r17-speed): a central gate before the named steps of {@link PersonNameDetector}: a step listed here runs
 * on a segment only when the segment holds what the step's rule needs before it can set or clear any flag (read from
 * the rule's code: "NameCellBeforeRelativeCell flags only a cell that a bar follows", so a segment without "|" cannot
 * change under it). A step that is not listed always runs, as before. The gates change no verdict; they only skip
 * work that would change nothing.
 *
 * <p>How a gate is kept honest: with a trace ({@code PersonNameDetector.trace}, tests) every step runs and the trace
 * reports a step that changed a flag while its gate was closed; {@code NameStepGatesTest} requires that over every
 * sentence of every development set, and that every gate names a step that exists. <b>Whoever changes a listed
 * rule so that it can fire without what its gate asks for must change or remove the gate here.</b>
 */
final class NameStepGates {

    /** Whether a step can change anything on this segment, asked just before the step would run. */
    @FunctionalInterface
    interface Gate {
        Gate ALWAYS = (view, pass) -> true;

        boolean open(SegmentView view, NamePass pass);
    }

    /** Every property of {@code properties}. */
    private static Gate all(int properties) {
        return (view, pass) -> view.hasAll(properties);
    }

    /** One of {@code properties} at least. */
    private static Gate any(int properties) {
        return (view, pass) -> view.hasAny(properties);
    }

    /** A step that only works from (or clears) a flag already set: nothing to do while no token is flagged. */
    private static final Gate A_FLAG = (view, pass) -> anyFlag(pass.flag());

    /** The gates, by step name ({@link NameStep#name}). */
    private static final Map<String, Gate> GATES = Map.ofEntries(
            // evidence: each flags a token only next to the punctuation or word named
            Map.entry("NameExplainedAsName", any(OPEN_BRACKET | HYPHEN | DASH)), // "X (achternaam ...)", "X - ..."
            Map.entry("AddressedInQuote", all(QUOTE)), // a word right after a quotation mark
            Map.entry("CapitalsBeforeRelative", all(OPEN_BRACKET)), // "JOAO (vader)"
            // settling: extend grows flagged names; the others clear flags only
            Map.entry("extend", A_FLAG),
            Map.entry("exemptProfessionals", A_FLAG),
            Map.entry("unflagNamedInstitutions", A_FLAG),
            Map.entry("EnglishInstitutionNames", A_FLAG),
            Map.entry("EnglishInstitutionNames.sites", A_FLAG),
            Map.entry("KinParticleDoubleSurname", (view, pass) -> view.hasAll(HYPHEN) && view.hasAny(KIN | TITLE)),
            Map.entry("NameBeforeBracketedRelation", all(OPEN_BRACKET)), // "Lamin (vriend van broer)"
            Map.entry("organisationListMembers", A_FLAG),
            // late evidence
            Map.entry("CapitalsAfterRelative", (view, pass) -> view.hasAll(OPEN_BRACKET | KIN) && !view.hasAny(SHOUTED)),
            Map.entry("NicknameInQuotes", all(QUOTE)),
            Map.entry("DialectQuote", all(QUOTE)), // round 19: words inside quotation marks only
            Map.entry("TranslatedQuoteClause", all(QUOTE | COMMA)), // round 20: a quoted clause before a comma
            Map.entry("CareProviderHeadWord", A_FLAG), // round 20: "Timon (ambulant)", "KvK Timon:"
            Map.entry("ProviderInOrganisationList", A_FLAG), // round 21: "Timon, Youké, GGZ Centraal"
            Map.entry("LandlordAfterHousingNoun", all(OPEN_BRACKET)), // round 19: "huurwoning (X)"
            Map.entry("InvertedNameInCell", (view, pass) -> view.hasAll(COMMA) && view.hasAny(PIPE | OPEN_BRACKET)),
            Map.entry("PossessiveApostropheAfterS", all(APOSTROPHE)),
            Map.entry("NicknameInQuotesByContext", all(QUOTE)),
            Map.entry("ChatSpeakerLabel", all(COLON)), // "— 12:20 — precious:"
            Map.entry("AbbreviatedRoleSpeaker", (view, pass) -> view.hasAll(COLON) && anyFlag(pass.flag())), // "Inbr.:"
            Map.entry("HomeOfPlaceNamedPerson", all(BIJ)), // "bij Ommen thuis"
            Map.entry("SurnameAfterDeInCapitals", any(SHOUTED | ALL_CAPS)),
            Map.entry("CoordinatedNamesInCapitals", A_FLAG), // a word beside a flagged one
            Map.entry("GivenNameBeforePeriodAfterKin", all(PERIOD | KIN)), // "bij oma trees."
            Map.entry("ArabicArticleSurname", all(HYPHEN)), // "al-khatib"
            Map.entry("InitialsNicknameAfterKin", all(KIN)), // "vader GJ komt"
            Map.entry("NameCellBeforeRelativeCell", all(PIPE)), // "GROOT ZEVERT | oom |"
            Map.entry("LowerCaseSurnameNounWithKin", all(OPEN_BRACKET | KIN)), // "bos (pa) zit"
            Map.entry("CoordinatedGivenName", A_FLAG), // round 19: a word beside a flagged given name
            // round 23 (t23-speed): the rules for names in lower case, by the listed word each needs
            // "dudek heeft", "van der hoeven zei", "wim kuipers zei", "zegt dat fem kea ...", "jantje oma zegt": a
            // surname of no dictionary, or a listed surname after "dat", a given name or an old particle, or a given
            // name before a kin word
            Map.entry("SpokenNameInPersonSlot", (view, pass) -> view.hasAny(LOWER_SURNAME_NO_WORD)
                    || view.hasAll(LOWER_SURNAME) && view.hasAny(DAT | LOWER_GIVEN | OLD_PARTICLE)
                    || view.hasAll(LOWER_GIVEN | KIN)),
            Map.entry("SubjectAfterReport", all(DAT)), // "meldt dat ayham vaak": the word after "dat"
            Map.entry("InvertedSubjectAfterReport", all(LOWER_GIVEN)), // "zei bram dat": a listed given name
            Map.entry("LowerCaseSurnameAfterPreposition", all(LOWER_SURNAME_NO_WORD)), // "met lubbers": no word
            Map.entry("LowerCaseFullNameAtClauseStart", all(LOWER_GIVEN | LOWER_SURNAME)), // "bram smit zit"
            Map.entry("LowerCaseNameBesideName", A_FLAG), // "bij kees en marja": a word beside a flagged one
            Map.entry("KinPairName", A_FLAG), // round 25: the other relative of a pair beside a flagged name
            Map.entry("SecondGivenNameInLowerCase", A_FLAG)); // round 25: "vader dirk jan kan": after a flagged one

    private NameStepGates() {
    }

    /** The gate of each step, in the steps' order ({@link Gate#ALWAYS} for a step with none). */
    static Gate[] of(List<NameStep> steps) {
        Gate[] gates = new Gate[steps.size()];
        for (int i = 0; i < gates.length; i++) {
            gates[i] = GATES.getOrDefault(steps.get(i).name(), Gate.ALWAYS);
        }
        return gates;
    }

    /** The names of the gated steps (for the test that each names a step that exists). */
    static java.util.Set<String> gatedSteps() {
        return GATES.keySet();
    }

    private static boolean anyFlag(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }
}
