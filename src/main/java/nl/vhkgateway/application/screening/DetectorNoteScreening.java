package nl.vhkgateway.application.screening;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.vhkgateway.application.consent.NoteScreening;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Detector;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;

/**
 * {@link NoteScreening} with the card screener's own detectors (names, BSN, addresses, postcodes, birth dates,
 * phone numbers, e-mail addresses, ...), run over the note as if it were one paragraph of a card. Only findings of
 * personal data count. Thread-safe.
 */
public final class DetectorNoteScreening implements NoteScreening {

    private final DetectorCatalog detectors;
    private final Clock clock;

    public DetectorNoteScreening(DetectorCatalog detectors, Clock clock) {
        this.detectors = Objects.requireNonNull(detectors, "detectors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> personalDataIn(String note) {
        TextSegment segment = new TextSegment(note, Location.of(DocumentPart.BODY, "toelichting"));
        ScreeningContext context = new ScreeningContext(new CardContent(List.of(segment), Map.of(), Set.of()),
                clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).getYear());
        for (Detector detector : detectors.detectors()) {
            for (Finding finding : detector.detect(segment, context)) {
                if (finding.category().kind() == Category.Kind.PERSONAL_DATA) {
                    return Optional.of(finding.category().dutchDescription());
                }
            }
        }
        return Optional.empty();
    }
}
