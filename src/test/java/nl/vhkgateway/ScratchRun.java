package nl.vhkgateway;

import java.util.List;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.detector.*;
import nl.vhkgateway.infrastructure.docx.*;
import nl.vhkgateway.testsupport.corpus.*;

public class ScratchRun {
    public static void main(String[] args) {
        CardScreeningService s = CardScreeningService.builder().inspector(new DocxDocumentInspector())
            .sanitiser(new DocxSanitiser()).reader(new DocxCardReader())
            .detectors(List.of(new PhoneDetector(), new EmailDetector(), new IbanDetector())).build();
        CorpusGenerator g = new CorpusGenerator(20261014L);
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            CorpusItem item = g.cleanCard(i);
            ScreeningReport r = s.screen(item.fileName(), item.content());
            if (!r.accepted()) { refused++; System.out.println(item.id() + " " + r + " " + r.findings().stream().map(f -> f.category()+"@"+f.location()+" "+f.maskedExcerpt()).toList()); }
        }
        System.out.println("refused " + refused);
        for (CorpusItem item : g.incompleteCards()) {
            ScreeningReport r = s.screen(item.fileName(), item.content());
            boolean ok = r.missingItems().stream().anyMatch(m -> m.label().equals(item.expectedMissing().get()));
            if (!ok || r.verdict() != nl.vhkgateway.domain.screening.Verdict.REJECT) System.out.println("INCOMPLETE MISS " + item.id() + " " + r + " " + r.missingItems().stream().map(m->m.label()).toList());
        }
        for (CorpusItem item : HostileFiles.all()) {
            ScreeningReport r = s.screen(item.fileName(), item.content());
            System.out.println(item.id() + " -> " + r.verdict() + " " + r.findings().stream().map(f -> f.category() + ": " + f.maskedExcerpt()).toList());
        }
        s.close();
    }
}
