package nl.vhkgateway.testsupport.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blind test set under {@code src/test/resources/screening/<name>/}: {@code sentences.tsv}, {@code cards/cards.tsv}
 * with the card files, and a {@code known-failures.tsv} for each. Written by people who never saw the screener. The
 * held-out rule is fixed per set before any failure was looked at: held-out rows are measured, never examined.
 *
 * @param name            the folder name ("blind", "blind2")
 * @param sentencesEvery  a sentence at index i is held out when i % sentencesEvery == sentencesEvery - 1
 * @param cardsEvery      the same for the rows of cards.tsv (0: no card held out)
 * @param sentenceCount   the number of sentences the authors wrote (checked, so a truncated copy shows)
 * @param cardCount       the number of cards
 */
public record BlindSet(String name, int sentencesEvery, int cardsEvery, int sentenceCount, int cardCount) {

    /** Blind set #1 (826 sentences, every third held out; 24 cards, none held out: all were examined). */
    public static final BlindSet FIRST = new BlindSet("blind", 3, 0, 826, 24);
    /** Blind set #2 (every second sentence and card held out: B2-002, B2-004 ...; cards.tsv rows 2, 4 ...). */
    public static final BlindSet SECOND = new BlindSet("blind2", 2, 2, 400, 60);
    /** Blind set #3 (400 sentences, 60 cards): measured once before anyone examined it, so all of it is held out. */
    public static final BlindSet THIRD = new BlindSet("blind3", 1, 1, 400, 60);
    /** Blind set #4 (400 sentences, 60 cards), written blind for screener round 5: all held out. */
    public static final BlindSet FOURTH = new BlindSet("blind4", 1, 1, 400, 60);
    /** Blind set #5 (400 sentences, 60 cards), written blind for screener round 5: all held out. */
    public static final BlindSet FIFTH = new BlindSet("blind5", 1, 1, 400, 60);
    /** Blind set #6 (400 sentences, 60 cards), written blind for screener round 5: held out, measured once. */
    public static final BlindSet SIXTH = new BlindSet("blind6", 1, 1, 400, 60);
    /** Blind set #7 (400 sentences, 60 cards), written blind for screener round 6: held out, measured once. */
    public static final BlindSet SEVENTH = new BlindSet("blind7", 1, 1, 400, 60);
    /** Blind set #8 (400 sentences, 60 cards), written blind for screener round 6: held out, measured once. */
    public static final BlindSet EIGHTH = new BlindSet("blind8", 1, 1, 400, 60);
    /** Blind set #9 (400 sentences, 60 cards), written blind for screener round 6: held out, measured once. */
    public static final BlindSet NINTH = new BlindSet("blind9", 1, 1, 400, 60);
    /** Blind set #10 (400 sentences, 60 cards), written blind for screener round 6: held out, measured once. */
    public static final BlindSet TENTH = new BlindSet("blind10", 1, 1, 400, 60);
    /** Blind set #11 (400 sentences, 60 cards), written blind for screener round 7: held out, measured once. */
    public static final BlindSet ELEVENTH = new BlindSet("blind11", 1, 1, 400, 60);
    /** Blind set #12 (400 sentences, 60 cards), written blind for screener round 7: held out, measured once. */
    public static final BlindSet TWELFTH = new BlindSet("blind12", 1, 1, 400, 60);
    /** Blind set #13 (400 sentences, 60 cards), written blind for screener round 8: held out, measured once. */
    public static final BlindSet THIRTEENTH = new BlindSet("blind13", 1, 1, 400, 60);
    /** Blind set #14 (400 sentences, 60 cards), written blind for screener round 8: held out, measured once. */
    public static final BlindSet FOURTEENTH = new BlindSet("blind14", 1, 1, 400, 60);
    /** Blind set #15 (400 sentences, 60 cards), written blind for screener round 8: held out, measured once. */
    public static final BlindSet FIFTEENTH = new BlindSet("blind15", 1, 1, 400, 60);
    /** Blind set #16 (400 sentences, 60 cards), written blind for screener round 8: held out, measured once. */
    public static final BlindSet SIXTEENTH = new BlindSet("blind16", 1, 1, 400, 60);
    /**
     * Blind set #19 (400 sentences, 60 cards), written blind for screener round 9 (West-Brabant West and the Belgian
     * border): measured once on round 8's rules, then development data.
     */
    public static final BlindSet NINETEENTH = new BlindSet("blind19", 1, 1, 400, 60);
    /**
     * Blind set #20 (400 sentences, 60 cards), written blind for screener round 9 (Friesland, Overijssel, the
     * Zuid-Holland islands): measured once on round 8's rules, then development data.
     */
    public static final BlindSet TWENTIETH = new BlindSet("blind20", 1, 1, 400, 60);
    /**
     * Blind set #17 (400 sentences, 60 cards), written blind for screener round 9 (Utrecht, het Gooi, Zeeland): held
     * out, measured once on round 9's rules.
     */
    public static final BlindSet SEVENTEENTH = new BlindSet("blind17", 1, 1, 400, 60);
    /**
     * Blind set #18 (400 sentences, 60 cards), written blind for screener round 9 (Amsterdam, Zaanstad, Groningen,
     * Drenthe): held out, measured once on round 9's rules.
     */
    public static final BlindSet EIGHTEENTH = new BlindSet("blind18", 1, 1, 400, 60);
    /**
     * Blind set #23 (400 sentences, 60 cards), written blind for screener round 10 (the Bible belt and the Groene Hart):
     * measured once on round 9's rules, then development data.
     */
    public static final BlindSet TWENTY_THIRD = new BlindSet("blind23", 1, 1, 400, 60);
    /**
     * Blind set #24 (400 sentences, 60 cards), written blind for screener round 10 (Flevoland, the Veluwe, Gelderland
     * east): measured once on round 9's rules, then development data.
     */
    public static final BlindSet TWENTY_FOURTH = new BlindSet("blind24", 1, 1, 400, 60);
    /**
     * Blind set #21 (400 sentences, 60 cards), written blind for screener round 10 (Rotterdam, Schiedam, Vlaardingen,
     * Westland): held out, measured once on round 10's rules.
     */
    public static final BlindSet TWENTY_FIRST = new BlindSet("blind21", 1, 1, 400, 60);
    /**
     * Blind set #22 (400 sentences, 60 cards), written blind for screener round 10 (eastern Noord-Brabant, northern
     * Limburg): held out, measured once on round 10's rules.
     */
    public static final BlindSet TWENTY_SECOND = new BlindSet("blind22", 1, 1, 400, 60);
    /**
     * Blind set #27 (400 sentences, 60 cards), written blind for screener round 11 (Noord-Holland north, Kennemerland):
     * measured once on round 10's rules, then development data.
     */
    public static final BlindSet TWENTY_SEVENTH = new BlindSet("blind27", 1, 1, 400, 60);
    /**
     * Blind set #28 (400 sentences, 60 cards), written blind for screener round 11 (Twente, the Achterhoek,
     * Rivierenland): measured once on round 10's rules, then development data.
     */
    public static final BlindSet TWENTY_EIGHTH = new BlindSet("blind28", 1, 1, 400, 60);
    /**
     * Blind set #25 (400 sentences, 60 cards), written blind for screener round 11 (Den Haag, Leiden, Zuid-Limburg):
     * held out, measured once on round 11's rules.
     */
    public static final BlindSet TWENTY_FIFTH = new BlindSet("blind25", 1, 1, 400, 60);
    /**
     * Blind set #26 (400 sentences, 60 cards), written blind for screener round 11 (West-Brabant, the Zeeland islands):
     * held out, measured once on round 11's rules.
     */
    public static final BlindSet TWENTY_SIXTH = new BlindSet("blind26", 1, 1, 400, 60);
    /**
     * Blind set #31 (400 sentences, 60 cards), written blind for screener round 12 (Midden-Brabant, 's-Hertogenbosch;
     * formal reports): measured once on round 11's rules, then development data.
     */
    public static final BlindSet THIRTY_FIRST = new BlindSet("blind31", 1, 1, 400, 60);
    /**
     * Blind set #32 (400 sentences, 60 cards), written blind for screener round 12 (the Groene Hart, Hollands Midden;
     * chat and Teams logs): measured once on round 11's rules, then development data.
     */
    public static final BlindSet THIRTY_SECOND = new BlindSet("blind32", 1, 1, 400, 60);
    /**
     * Blind set #29 (400 sentences, 60 cards), written blind for screener round 12 (Drenthe, the Groningen countryside;
     * telegram notes): held out, measured once on round 12's rules.
     */
    public static final BlindSet TWENTY_NINTH = new BlindSet("blind29", 1, 1, 400, 60);
    /**
     * Blind set #30 (400 sentences, 60 cards), written blind for screener round 12 (Zuid-Holland Zuid and the islands;
     * transcribed voice memos): held out, measured once on round 12's rules.
     */
    public static final BlindSet THIRTIETH = new BlindSet("blind30", 1, 1, 400, 60);
    /**
     * Blind set #35 (400 sentences, 60 cards), written blind for screener round 13 (Arnhem, Nijmegen, the Gelderse
     * Vallei; minutes of multidisciplinary meetings): measured once on round 12's rules, then development data.
     */
    public static final BlindSet THIRTY_FIFTH = new BlindSet("blind35", 1, 1, 400, 60);
    /**
     * Blind set #36 (400 sentences, 60 cards), written blind for screener round 13 (Gooi en Vechtstreek, Eemland;
     * transcribed handwritten and phone notes): measured once on round 12's rules, then development data.
     */
    public static final BlindSet THIRTY_SIXTH = new BlindSet("blind36", 1, 1, 400, 60);
    /**
     * Blind set #33 (400 sentences, 60 cards), written blind for screener round 13 (Kennemerland, IJmond; intake forms
     * pasted into the card): held out, measured once on round 13's rules.
     */
    public static final BlindSet THIRTY_THIRD = new BlindSet("blind33", 1, 1, 400, 60);
    /**
     * Blind set #34 (400 sentences, 60 cards), written blind for screener round 13 (the Achterhoek, the Liemers;
     * forwarded mail threads): held out, measured once on round 13's rules.
     */
    public static final BlindSet THIRTY_FOURTH = new BlindSet("blind34", 1, 1, 400, 60);
    /**
     * Blind set #37 (400 sentences, 60 cards), written blind for screener round 14 (Zaanstreek, Waterland; school
     * referral forms and care notes by school staff): measured once on round 13's rules, then development data.
     */
    public static final BlindSet THIRTY_SEVENTH = new BlindSet("blind37", 1, 1, 400, 60);
    /**
     * Blind set #38 (400 sentences, 60 cards), written blind for screener round 14 (Eindhoven, the Kempen, De Peel;
     * medical and GP referral letters pasted into the card): measured once on round 13's rules, then development data.
     */
    public static final BlindSet THIRTY_EIGHTH = new BlindSet("blind38", 1, 1, 400, 60);
    /**
     * Blind set #39 (400 sentences, 60 cards), written blind for screener round 14 (Leiden, the Duin- en Bollenstreek;
     * police-style and formal incident reports): held out, measured once on round 14's rules.
     */
    public static final BlindSet THIRTY_NINTH = new BlindSet("blind39", 1, 1, 400, 60);
    /**
     * Blind set #40 (400 sentences, 60 cards), written blind for screener round 14 (Noord- and Midden-Limburg; notes by
     * colleagues writing Dutch as a second language, and by interpreters): held out, measured once on round 14's rules.
     */
    public static final BlindSet FORTIETH = new BlindSet("blind40", 1, 1, 400, 60);
    /**
     * Blind set #41 (400 sentences, 60 cards), written blind for screener round 15 (Zuid-Limburg; notes by youth
     * doctors and school nurses, with German sentences and quotes): measured once on round 14's rules, then development data.
     */
    public static final BlindSet FORTY_FIRST = new BlindSet("blind41", 1, 1, 400, 60);
    /**
     * Blind set #42 (400 sentences, 60 cards), written blind for screener round 15 (Amsterdam Nieuw-West and Zuidoost;
     * chat messages and voice memos pasted into the card): measured once on round 14's rules, then development data.
     */
    public static final BlindSet FORTY_SECOND = new BlindSet("blind42", 1, 1, 400, 60);
    /**
     * Blind set #43 (400 sentences, 60 cards), written blind for screener round 15 (Rotterdam-Zuid; minutes of
     * multidisciplinary case conferences and formal letters): held out, measured once on round 15's rules.
     */
    public static final BlindSet FORTY_THIRD = new BlindSet("blind43", 1, 1, 400, 60);
    /**
     * Blind set #44 (400 sentences, 60 cards), written blind for screener round 15 (Salland, the Vechtdal, the
     * Noordoostpolder and Urk; transcribed intake forms by church and school people): held out, measured once on
     * round 15's rules.
     */
    public static final BlindSet FORTY_FOURTH = new BlindSet("blind44", 1, 1, 400, 60);
    /**
     * Blind set #45 (400 sentences, 60 cards), written blind for screener round 16 (Utrecht: Overvecht, Kanaleneiland,
     * Nieuwegein; police and ZSM-style reports and buurtteam handover notes): measured once on round 15's rules, then
     * development data.
     */
    public static final BlindSet FORTY_FIFTH = new BlindSet("blind45", 1, 1, 400, 60);
    /**
     * Blind set #46 (400 sentences, 60 cards), written blind for screener round 16 (Friesland and the Wadden islands;
     * professionals who switch into Frisian): measured once on round 15's rules, then development data.
     */
    public static final BlindSet FORTY_SIXTH = new BlindSet("blind46", 1, 1, 400, 60);
    /**
     * Blind set #47 (400 sentences, 60 cards), written blind for screener round 16 (Zeeuws-Vlaanderen and the Belgian
     * border; Flemish wording and Belgian numbers): held out, measured once on round 16's rules.
     */
    public static final BlindSet FORTY_SEVENTH = new BlindSet("blind47", 1, 1, 400, 60);
    /**
     * Blind set #48 (400 sentences, 60 cards), written blind for screener round 16 (the Hoeksche Waard and the
     * Bommelerwaard; court-bound reports and school dossiers): held out, measured once on round 16's rules.
     */
    public static final BlindSet FORTY_EIGHTH = new BlindSet("blind48", 1, 1, 400, 60);
    /**
     * Blind set #49 (400 sentences, 60 cards), written blind for screener round 17 (Den Haag: Schilderswijk, Transvaal,
     * Moerwijk; WhatsApp messages quoted in the card, interpreter-assisted notes, several households around one child):
     * measured once on round 16's rules, then development data.
     */
    public static final BlindSet FORTY_NINTH = new BlindSet("blind49", 1, 1, 400, 60);
    /**
     * Blind set #50 (400 sentences, 60 cards), written blind for screener round 17 (Twente and Salland; dictated notes
     * with Twents dialect, a GP's referral letter and a school's care form pasted in, German surname-first names):
     * measured once on round 16's rules, then development data.
     */
    public static final BlindSet FIFTIETH = new BlindSet("blind50", 1, 1, 400, 60);
    /**
     * Blind set #51 (400 sentences, 60 cards), written blind for screener round 17 (Flevoland and the Noordoostpolder;
     * a sociaal-wijkteam plan van aanpak with SMART goals and a forwarded e-mail chain): held out, measured once on
     * round 17's rules.
     */
    public static final BlindSet FIFTY_FIRST = new BlindSet("blind51", 1, 1, 400, 60);
    /**
     * Blind set #52 (400 sentences, 60 cards), written blind for screener round 17 (Drenthe and Zuidoost-Groningen; a
     * Veilig Thuis meldformulier and a GGZ/VNN intake with many abbreviations): held out, measured once on round 17's
     * rules.
     */
    public static final BlindSet FIFTY_SECOND = new BlindSet("blind52", 1, 1, 400, 60);
    /**
     * Blind set #53 (400 sentences, 60 cards), written blind for screener round 18 (Zeeland: Walcheren, Schouwen-Duiveland,
     * Zuid-Beveland and Zeeuws-Vlaanderen; a consultatieverslag with a dated timeline beside the family's birth dates and
     * a school's forwarded report, Zeeuws quotes): measured once on round 17's rules, then development data.
     */
    public static final BlindSet FIFTY_THIRD = new BlindSet("blind53", 1, 1, 400, 60);
    /**
     * Blind set #54 (400 sentences, 60 cards), written blind for screener round 18 (Achterhoek and Liemers; minutes of
     * a school's zorgadviesteam, a football trainer's signal and mail threads with signatures, Achterhoeks quotes):
     * measured once on round 17's rules, then development data.
     */
    public static final BlindSet FIFTY_FOURTH = new BlindSet("blind54", 1, 1, 400, 60);
    /**
     * Blind set #55 (400 sentences, 60 cards), written blind for screener round 18 (Zuid-Limburg and the Heuvelland; a
     * police zorgmelding extract and a hospital's discharge letter pasted in, Limburgish, German and Flemish quotes):
     * held out, measured once on round 18's rules.
     */
    public static final BlindSet FIFTY_FIFTH = new BlindSet("blind55", 1, 1, 400, 60);
    /**
     * Blind set #56 (400 sentences, 60 cards), written blind for screener round 18 (Rotterdam-Zuid; a Signs of Safety
     * casusbespreking in capitals, social-media screenshots described, Papiamentu, Kaapverdiaans and Sranan quotes):
     * held out, measured once on round 18's rules.
     */
    public static final BlindSet FIFTY_SIXTH = new BlindSet("blind56", 1, 1, 400, 60);
    /**
     * Blind set #57 (400 sentences, 60 cards), written blind for screener round 19 (Drechtsteden and Alblasserwaard; a
     * GP's referral letter in SOAP lines, a WhatsApp conversation transcribed with timestamps, a school's pupil-record
     * extract with codes): measured once on round 18's rules, then development data.
     */
    public static final BlindSet FIFTY_SEVENTH = new BlindSet("blind57", 1, 1, 400, 60);
    /**
     * Blind set #58 (400 sentences, 60 cards), written blind for screener round 19 (Kop van Noord-Holland and
     * West-Friesland; minutes of a Zorg- en Veiligheidshuis case meeting with an action table, a forwarded mail thread
     * with signatures and reply headers): measured once on round 18's rules, then development data.
     */
    public static final BlindSet FIFTY_EIGHTH = new BlindSet("blind58", 1, 1, 400, 60);
    /**
     * Blind set #59 (400 sentences, 60 cards), written blind for screener round 19 (Gooi en Vechtstreek; a child
     * protection board's report with hearing dates, a mediator's letter, a timeline of contact arrangements and English
     * sentences of an expat parent): held out, measured once on round 19's rules.
     */
    public static final BlindSet FIFTY_NINTH = new BlindSet("blind59", 1, 1, 400, 60);
    /**
     * Blind set #60 (400 sentences, 60 cards), written blind for screener round 19 (Zaanstreek and Haarlemmermeer; a
     * school's pupil-record export with column codes and a dictated home-visit transcript without punctuation or
     * capitals): held out, measured once on round 19's rules.
     */
    public static final BlindSet SIXTIETH = new BlindSet("blind60", 1, 1, 400, 60);
    /**
     * Blind set #61 (400 sentences, 60 cards), written blind for screener round 20 (Westland, Delft and
     * Midden-Delfland; notes of a school's zorgadviesteam with action points and a labour-migrant mother's words through
     * a telephone interpreter, Polish, Bulgarian and Romanian names with diacritics): measured once on round 19's rules,
     * then development data.
     */
    public static final BlindSet SIXTY_FIRST = new BlindSet("blind61", 1, 1, 400, 60);
    /**
     * Blind set #62 (400 sentences, 60 cards), written blind for screener round 20 (the Veluwe; a police incident
     * report, a child-health record with consult codes and a growth table, a church elder's note, orthodox-reformed
     * families with old Dutch given names): measured once on round 19's rules, then development data.
     */
    public static final BlindSet SIXTY_SECOND = new BlindSet("blind62", 1, 1, 400, 60);
    /**
     * Blind set #63 (400 sentences, 60 cards), written blind for screener round 20 (Betuwe and Rivierenland; OCR text
     * of a scanned letter with broken words, a lawyer's letter about contact arrangements and an SMS/Signal export with
     * sender labels): held out, measured once on round 20's rules.
     */
    public static final BlindSet SIXTY_THIRD = new BlindSet("blind63", 1, 1, 400, 60);
    /**
     * Blind set #64 (400 sentences, 60 cards), written blind for screener round 20 (Lekstroom, Lopikerwaard and
     * Krimpenerwaard; a telephone note with speaker labels, a school mail with an out-of-office reply and a disclaimer,
     * a probation plan with goals and scales and a foster-care report): held out, measured once on round 20's rules.
     */
    public static final BlindSet SIXTY_FOURTH = new BlindSet("blind64", 1, 1, 400, 60);
    /**
     * Blind set #65 (400 sentences, 60 cards), written blind for screener round 21 (Noord-Holland Noord; a GP's
     * referral letter, a crisis service's night handover note and a forwarded mail thread with quoted replies):
     * measured once on round 20's rules, then development data.
     */
    public static final BlindSet SIXTY_FIFTH = new BlindSet("blind65", 1, 1, 400, 60);
    /**
     * Blind set #66 (400 sentences, 60 cards), written blind for screener round 21 (Amersfoort and Eemland; minutes of
     * a multidisciplinary meeting with an attendance list and numbered decisions, an excerpt of a court order and a
     * child protection board's summary): measured once on round 20's rules, then development data.
     */
    public static final BlindSet SIXTY_SIXTH = new BlindSet("blind66", 1, 1, 400, 60);
    /**
     * Blind set #67 (400 sentences, 60 cards), written blind for screener round 21 (Noordoost-Brabant; a signals
     * checklist with ticked boxes, spreadsheet rows with semicolons and the transcription of a handwritten note): held
     * out, measured once on round 21's rules.
     */
    public static final BlindSet SIXTY_SEVENTH = new BlindSet("blind67", 1, 1, 400, 60);
    /**
     * Blind set #68 (400 sentences, 60 cards), written blind for screener round 21 (Westerkwartier and Noord-Groningen;
     * a transfer form, a speech-to-text voicemail without punctuation or capitals and a letter written by a parent):
     * held out, measured once on round 21's rules.
     */
    public static final BlindSet SIXTY_EIGHTH = new BlindSet("blind68", 1, 1, 400, 60);
    /**
     * Blind set #69 (400 sentences, 60 cards), written blind for screener round 22 (Oost-Groningen, Oldambt and the
     * Veenkoloniën; a school's zorgmelding, an export of a professionals' WhatsApp group and a police registration
     * summary): measured once on round 21's rules, then development data.
     */
    public static final BlindSet SIXTY_NINTH = new BlindSet("blind69", 1, 1, 400, 60);
    /**
     * Blind set #70 (400 sentences, 60 cards), written blind for screener round 22 (West-Brabant West, the team's own
     * region; a vaste deelnemer's covering mail, a Zorg- en Veiligheidshuis case table and an ex-partner's written
     * statement): measured once on round 21's rules, then development data.
     */
    public static final BlindSet SEVENTIETH = new BlindSet("blind70", 1, 1, 400, 60);
    /**
     * Blind set #71 (400 sentences, 60 cards), written blind for screener round 22 (Breda and Baronie; a Signs of Safety
     * analysis with a scaling question, an emergency department's report with a child-abuse checklist and notes of a
     * conversation through an interpreter): held out, measured once on round 22's rules.
     */
    public static final BlindSet SEVENTY_FIRST = new BlindSet("blind71", 1, 1, 400, 60);
    /**
     * Blind set #72 (400 sentences, 60 cards), written blind for screener round 22 (Stedendriehoek and the IJssel; a
     * report dictated with speech-to-text and spoken punctuation, a consultation-bureau record and a youth's own chat
     * messages): held out, measured once on round 22's rules.
     */
    public static final BlindSet SEVENTY_SECOND = new BlindSet("blind72", 1, 1, 400, 60);
    /**
     * Blind set #73 (400 sentences, 60 cards), written blind for screener round 22 (Noord-Limburg; a youth probation
     * report, a Halt registration form and a Polish parent's letter in translation with the translator's notes): held
     * out, measured once on round 22's rules.
     */
    public static final BlindSet SEVENTY_THIRD = new BlindSet("blind73", 1, 1, 400, 60);
    /**
     * Blind set #74 (400 sentences, 60 cards), written blind for screener round 22 (Leeuwarden and Noordoost-Fryslân; a
     * foster-care agency's mail with a chronology, a neighbourhood team's running log with professionals' initials and a
     * school attendance officer's letter; some Frisian): held out, measured once on round 22's rules.
     */
    public static final BlindSet SEVENTY_FOURTH = new BlindSet("blind74", 1, 1, 400, 60);
    /**
     * Blind set #75 (400 sentences, 60 cards), written blind for screener round 23 (Midden-Limburg: Roermond and Weert;
     * a GP's referral letter forwarded with a cover mail, an e-mail thread with quoted replies and a school's
     * zorgoverleg action list): measured once on round 22's rules, then development data.
     */
    public static final BlindSet SEVENTY_FIFTH = new BlindSet("blind75", 1, 1, 400, 60);
    /**
     * Blind set #76 (400 sentences, 60 cards), written blind for screener round 23 (Hoeksche Waard and Goeree-
     * Overflakkee; a church deacon's letter with very formal forms of address, a skipper-school boarding report and a
     * kraamzorg handover): measured once on round 22's rules, then development data.
     */
    public static final BlindSet SEVENTY_SIXTH = new BlindSet("blind76", 1, 1, 400, 60);
    /**
     * Blind set #77 (400 sentences, 60 cards), written blind for screener round 23 (Zuid-Kennemerland and IJmond; a
     * school counselor's mixed Dutch and English mail, a Veilig Thuis triage with tick boxes and an Excel export, text
     * copied from a PDF with broken hyphenation): held out, measured once on round 23's rules.
     */
    public static final BlindSet SEVENTY_SEVENTH = new BlindSet("blind77", 1, 1, 400, 60);
    /**
     * Blind set #78 (400 sentences, 60 cards), written blind for screener round 23 (Hollands Midden: Zoetermeer, Alphen
     * aan den Rijn and Gouda; a verbatim transcript of a phone call, a case-file timeline and a pupil-record export):
     * held out, measured once on round 23's rules.
     */
    public static final BlindSet SEVENTY_EIGHTH = new BlindSet("blind78", 1, 1, 400, 60);
    /**
     * Blind set #79 (400 sentences, 60 cards), written blind for screener round 23 (Almere and Lelystad; a police
     * mutation summary in capitals, a youth's own social-media messages and a school's suspension letter): held out,
     * measured once on round 23's rules.
     */
    public static final BlindSet SEVENTY_NINTH = new BlindSet("blind79", 1, 1, 400, 60);
    /**
     * Blind set #80 (400 sentences, 60 cards), written blind for screener round 23 ('s-Hertogenbosch and Oss; a Zorg-
     * en Veiligheidshuis casusoverleg record, a mother's own written statement with spelling mistakes and a probation
     * officer's advice): held out, measured once on round 23's rules.
     */
    public static final BlindSet EIGHTIETH = new BlindSet("blind80", 1, 1, 400, 60);
    /**
     * Blind set #81 (400 sentences, 60 cards), written blind for screener round 24 (Kop van Noord-Holland and Texel; a
     * defence company social worker's referral note with military ranks and units, a school attendance officer's
     * report with numbered paragraphs and times): measured once on round 23's rules, then development data.
     */
    public static final BlindSet EIGHTY_FIRST = new BlindSet("blind81", 1, 1, 400, 60);
    /**
     * Blind set #82 (400 sentences, 60 cards), written blind for screener round 24 (Zeeuws-Vlaanderen and Walcheren; a
     * Belgian-Dutch mixed file with Flemish words and minutes of a Zorg- en Adviesteam with a table of actions per
     * partner): measured once on round 23's rules, then development data.
     */
    public static final BlindSet EIGHTY_SECOND = new BlindSet("blind82", 1, 1, 400, 60);
    /**
     * Blind set #83 (400 sentences, 60 cards), written blind for screener round 24 (Achterhoek and Liemers; a GP's
     * referral letter in medical shorthand and the notes of a kitchen-table conversation with dialect quotes): held
     * out, measured once on round 24's rules.
     */
    public static final BlindSet EIGHTY_THIRD = new BlindSet("blind83", 1, 1, 400, 60);
    /**
     * Blind set #84 (400 sentences, 60 cards), written blind for screener round 24 (Amstelland and Haarlemmermeer; a
     * school zorgteam referral partly in English by an international school's counselor and a youth mental-health
     * discharge letter): held out, measured once on round 24's rules.
     */
    public static final BlindSet EIGHTY_FOURTH = new BlindSet("blind84", 1, 1, 400, 60);
    /**
     * Blind set #85 (400 sentences, 60 cards), written blind for screener round 24 (Twente; a police zorgmelding
     * forwarded by the wijkagent and a guardian's six-monthly progress report): held out, measured once on round 24's
     * rules.
     */
    public static final BlindSet EIGHTY_FIFTH = new BlindSet("blind85", 1, 1, 400, 60);
    /**
     * Blind set #86 (400 sentences, 60 cards), written blind for screener round 24 (Drechtsteden and Alblasserwaard; a
     * church elder's and an identity-bound school's letter with Bible references and formal address, and a Zorg- en
     * Veiligheidshuis decision list): held out, measured once on round 24's rules.
     */
    public static final BlindSet EIGHTY_SIXTH = new BlindSet("blind86", 1, 1, 400, 60);
    /**
     * Blind set #87 (400 sentences, 60 cards), written blind for screener round 25 (Utrecht; a buurtteam's transfer
     * document with SMART goals, a genogram in words and pasted WhatsApp messages): measured once on round 24's rules,
     * development data since.
     */
    public static final BlindSet EIGHTY_SEVENTH = new BlindSet("blind87", 1, 1, 400, 60);
    /**
     * Blind set #88 (400 sentences, 60 cards), written blind for screener round 25 (Nijmegen; a social-work intern's
     * report with a reflection and a divorce mediation report with a parenting-plan table): measured once on round 24's
     * rules, development data since.
     */
    public static final BlindSet EIGHTY_EIGHTH = new BlindSet("blind88", 1, 1, 400, 60);
    /**
     * Blind set #89 (400 sentences, 60 cards), written blind for screener round 25 (Eindhoven and the Kempen; a JGZ
     * school doctor's report with a growth table and an incident report of a residential group): held out, measured
     * once on round 25's rules.
     */
    public static final BlindSet EIGHTY_NINTH = new BlindSet("blind89", 1, 1, 400, 60);
    /**
     * Blind set #90 (400 sentences, 60 cards), written blind for screener round 25 (Zuid-Limburg; a youth GGZ crisis
     * team's shift log with timestamps and staff initials and a police statement in the first person): held out,
     * measured once on round 25's rules.
     */
    public static final BlindSet NINETIETH = new BlindSet("blind90", 1, 1, 400, 60);
    /**
     * Blind set #91 (400 sentences, 60 cards), written blind for screener round 25 (Groningen and the Ommelanden; a WIJ
     * team's plan of approach with numbered goals and risks and the summary of a Raad voor de Kinderbescherming
     * investigation): held out, measured once on round 25's rules.
     */
    public static final BlindSet NINETY_FIRST = new BlindSet("blind91", 1, 1, 400, 60);
    /**
     * Blind set #92 (400 sentences, 60 cards), written blind for screener round 25 (Rotterdam-Zuid; notes of a Zorg- en
     * Veiligheidshuis case meeting shared on screen and the transcript of a phone call through an interpreter): held
     * out, measured once on round 25's rules.
     */
    public static final BlindSet NINETY_SECOND = new BlindSet("blind92", 1, 1, 400, 60);
    /**
     * Blind set #93 (400 sentences, 60 cards), written blind for screener round 26 (Tilburg and Midden-Brabant; minutes of a
     * secondary school's care team with action holders in initials and a GP's referral letter): measured once on round 25's
     * rules (main c4050dc8), development data from round 26 on.
     */
    public static final BlindSet NINETY_THIRD = new BlindSet("blind93", 1, 1, 400, 60);
    /**
     * Blind set #94 (400 sentences, 60 cards), written blind for screener round 26 (Breda and West-Brabant; an e-mail thread
     * forwarded three times with signatures and a daycare centre's signal form with a checklist): measured once on round
     * 25's rules (main c4050dc8), development data from round 26 on.
     */
    public static final BlindSet NINETY_FOURTH = new BlindSet("blind94", 1, 1, 400, 60);
    /**
     * Blind set #95 (400 sentences, 60 cards), written blind for screener round 26 (Leeuwarden and Friesland; a Teams chat
     * export of a multidisciplinary meeting with roles as senders and a voice memo transcribed by speech-to-text): held
     * out, measured once on round 26's rules.
     */
    public static final BlindSet NINETY_FIFTH = new BlindSet("blind95", 1, 1, 400, 60);
    /**
     * Blind set #96 (400 sentences, 60 cards), written blind for screener round 26 (Apeldoorn, Deventer and the
     * Stedendriehoek; a police report and a truancy officer's official report with fixed field labels, and a church
     * elder's letter): held out, measured once on round 26's rules.
     */
    public static final BlindSet NINETY_SIXTH = new BlindSet("blind96", 1, 1, 400, 60);
    /**
     * Blind set #97 (400 sentences, 60 cards), written blind for screener round 26 (Den Haag and Haaglanden; a Signs of
     * Safety plan with scaling questions and a network list, and a court petition's summary with article numbers): held
     * out, measured once on round 26's rules.
     */
    public static final BlindSet NINETY_SEVENTH = new BlindSet("blind97", 1, 1, 400, 60);
    /**
     * Blind set #98 (400 sentences, 60 cards), written blind for screener round 26 (Almere, Lelystad and the
     * Noordoostpolder; a midwife's transfer to youth health care and an evaluation report with a scored goals table): held
     * out, measured once on round 26's rules.
     */
    public static final BlindSet NINETY_EIGHTH = new BlindSet("blind98", 1, 1, 400, 60);
    public static final List<BlindSet> ALL = List.of(FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH,
            NINTH, TENTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH,
            NINETEENTH, TWENTIETH, TWENTY_THIRD, TWENTY_FOURTH,
            TWENTY_FIRST, TWENTY_SECOND, TWENTY_SEVENTH, TWENTY_EIGHTH,
            TWENTY_FIFTH, TWENTY_SIXTH, THIRTY_FIRST, THIRTY_SECOND,
            TWENTY_NINTH, THIRTIETH, THIRTY_FIFTH, THIRTY_SIXTH,
            THIRTY_THIRD, THIRTY_FOURTH, THIRTY_SEVENTH, THIRTY_EIGHTH,
            THIRTY_NINTH, FORTIETH, FORTY_FIRST, FORTY_SECOND, FORTY_THIRD, FORTY_FOURTH,
            FORTY_FIFTH, FORTY_SIXTH, FORTY_SEVENTH, FORTY_EIGHTH, FORTY_NINTH, FIFTIETH, FIFTY_FIRST, FIFTY_SECOND,
            FIFTY_THIRD, FIFTY_FOURTH, FIFTY_FIFTH, FIFTY_SIXTH,
            FIFTY_SEVENTH, FIFTY_EIGHTH, FIFTY_NINTH, SIXTIETH,
            SIXTY_FIRST, SIXTY_SECOND, SIXTY_THIRD, SIXTY_FOURTH, SIXTY_FIFTH, SIXTY_SIXTH, SIXTY_SEVENTH, SIXTY_EIGHTH,
            SIXTY_NINTH, SEVENTIETH, SEVENTY_FIRST, SEVENTY_SECOND, SEVENTY_THIRD, SEVENTY_FOURTH, SEVENTY_FIFTH, SEVENTY_SIXTH, SEVENTY_SEVENTH, SEVENTY_EIGHTH, SEVENTY_NINTH, EIGHTIETH, EIGHTY_FIRST, EIGHTY_SECOND, EIGHTY_THIRD, EIGHTY_FOURTH, EIGHTY_FIFTH, EIGHTY_SIXTH, EIGHTY_SEVENTH, EIGHTY_EIGHTH, EIGHTY_NINTH, NINETIETH, NINETY_FIRST, NINETY_SECOND, NINETY_THIRD, NINETY_FOURTH, NINETY_FIFTH, NINETY_SIXTH, NINETY_SEVENTH, NINETY_EIGHTH);

    public String base() {
        return "/screening/" + name + "/";
    }

    public SentenceSet sentences() {
        return SentenceSet.read(base() + "sentences.tsv", sentencesEvery);
    }

    public List<BlindCards.BlindCard> cards() {
        return BlindCards.read(this);
    }

    /** The known failures of the sentences: id to reason. */
    public Map<String, String> knownSentenceFailures() {
        return knownFailures(base() + "known-failures.tsv");
    }

    /** The known failures of the cards: file to the expected problems (comma-separated) and the reason. */
    public Map<String, String> knownCardFailures() {
        return knownFailures(base() + "cards/known-failures.tsv");
    }

    /**
     * Rows whose label by the writer is wrong by card-format.md (a sentence id or a card file name, to the reason), from
     * the set's {@code disputed.tsv}; the file itself is never changed. Disputed rows are left out of the figures and
     * the tests, and the report prints how many there are.
     */
    public Map<String, String> disputed() {
        return knownFailures(base() + "disputed.tsv");
    }

    public String resource(String path) {
        try (InputStream in = BlindSet.class.getResourceAsStream(base() + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + base() + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> knownFailures(String resource) {
        Map<String, String> known = new LinkedHashMap<>();
        try (InputStream in = BlindSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                return known;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", 2);
                    known.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    @Override
    public String toString() {
        return name;
    }
}
