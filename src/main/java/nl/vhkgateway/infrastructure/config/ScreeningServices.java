package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.ScreeningLimits;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.docx.DocxDocumentInspector;
import nl.vhkgateway.infrastructure.docx.DocxLimits;
import nl.vhkgateway.infrastructure.docx.DocxSanitiser;

/**
 * The screener put together in plain Java — the POI adapters (inspector, sanitiser, reader), the default
 * detectors and the completeness rules — for the command-line tool, the CDI producer, tests and the benchmark.
 * The docx limits follow the screening limits (size, time). Stateless.
 */
public final class ScreeningServices {

    private ScreeningServices() {
    }

    /** The screener with the default limits (30 s, 25 MB). The caller closes it. */
    public static CardScreeningService cardScreening() {
        return cardScreening(ScreeningLimits.DEFAULT);
    }

    /** The screener with these limits. The caller closes it. */
    public static CardScreeningService cardScreening(ScreeningLimits limits) {
        DocxLimits docx = DocxLimits.defaults().withMaxFileBytes(limits.maxInputBytes())
                .withMaxDuration(limits.timeout());
        return CardScreeningService.builder()
                .inspector(new DocxDocumentInspector(docx))
                .sanitiser(new DocxSanitiser(docx))
                .reader(new DocxCardReader(docx))
                .detectors(DetectorCatalog.defaults())
                .limits(limits)
                .build();
    }
}
