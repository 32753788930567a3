package nl.vhkgateway;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.application.screening.*;
import nl.vhkgateway.domain.screening.*;
import nl.vhkgateway.domain.screening.detector.*;
import nl.vhkgateway.infrastructure.docx.*;
import nl.vhkgateway.testsupport.corpus.*;

public class ScratchDirty {
    public static void main(String[] args) {
        CardScreeningService s = CardScreeningService.builder().inspector(new DocxDocumentInspector())
            .sanitiser(new DocxSanitiser()).reader(new DocxCardReader())
            .detectors(List.of(new PhoneDetector(), new EmailDetector(), new IbanDetector())).build();
        MailScreeningService m = new MailScreeningService(s);
        CorpusGenerator g = new CorpusGenerator(20261014L);
        Set<Category> cats = Set.of(Category.PHONE, Category.EMAIL, Category.IBAN);
        int bad = 0;
        for (CorpusItem item : g.dirtyCards()) {
            if (!cats.contains(item.expectedCategories().iterator().next()) && !item.id().contains("/PHONE/") && !item.id().contains("/EMAIL/") && !item.id().contains("/IBAN/")) continue;
            Verdict v; List<Finding> fs;
            if (item.isMail()) { MailScreeningReport r = m.screen(item.content()); v = r.verdict(); fs = r.findings(); }
            else { ScreeningReport r = s.screen(item.fileName(), item.content()); v = r.verdict(); fs = r.findings(); }
            boolean ok = fs.stream().anyMatch(f -> item.expectedCategories().contains(f.category()) && item.expectedHiding().get().reportedAs().contains(f.location().documentPart()));
            if (!ok || v != Verdict.REJECT) { bad++; System.out.println(item.id() + " " + v + " " + fs.stream().map(f -> f.category()+"@"+f.location()).toList()); }
        }
        System.out.println("bad " + bad);
        for (CorpusItem item : g.mails()) {
            MailScreeningReport r = m.screen(item.content());
            System.out.println(item.id() + " -> " + r.verdict() + " " + r.findings().stream().map(f -> f.category() + "@" + f.location() + ": " + f.maskedExcerpt()).toList());
        }
        s.close();
    }
}
