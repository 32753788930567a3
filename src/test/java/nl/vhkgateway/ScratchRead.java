package nl.vhkgateway;

import nl.vhkgateway.domain.card.*;
import nl.vhkgateway.infrastructure.docx.*;
import nl.vhkgateway.testsupport.corpus.*;

public class ScratchRead {
    public static void main(String[] args) {
        CorpusGenerator g = new CorpusGenerator(20261014L);
        for (CorpusItem item : g.incompleteCards()) {
            if (!item.id().contains(args[0])) continue;
            CardContent c = new DocxCardReader().read(item.content());
            c.sectionValues().forEach((k, v) -> System.out.println(k + " = [" + v + "]"));
            c.segments().forEach(s -> System.out.println("  " + s.location() + " : " + s.text()));
        }
    }
}
