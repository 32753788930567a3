package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.ScreeningLimits;

/** WIP: composition root of the screener (filled in when the docx and detector adapters are merged). */
public final class ScreeningServices {

    private ScreeningServices() {
    }

    public static CardScreeningService cardScreening() {
        return cardScreening(ScreeningLimits.DEFAULT);
    }

    public static CardScreeningService cardScreening(ScreeningLimits limits) {
        throw new IllegalStateException("not wired yet");
    }
}
