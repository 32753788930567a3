package nl.vhkgateway.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.HostileFiles;
import nl.vhkgateway.testsupport.corpus.HostileFiles.Entry;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style: mutated cards (flipped bytes, cut files, shuffled and dropped zip entries, damaged and spliced XML)
 * and mutated mails go through the whole screener. Nothing may throw, nothing may hang, and every report holds a
 * reason when it is not an acceptance.
 */
class ScreeningFuzzTest {

    private static final int MUTANTS = 250;

    @Test
    void mutatedCardsAndMailsNeverEscapeOrHang() {
        CorpusGenerator corpus = new CorpusGenerator(99);
        Random random = new Random(2026);
        List<byte[]> mutants = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            mutants.add(mutate(corpus.cleanCard(i % 20).content(), random));
        }
        try (CardScreeningService cards = ScreeningServices.cardScreening()) {
            MailScreeningService mails = new MailScreeningService(cards);
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
                for (byte[] mutant : mutants) {
                    ScreeningReport report = cards.screen("kaart.docx", mutant);
                    assertNotNull(report);
                    if (report.verdict() != Verdict.ACCEPT) {
                        assertFalse(report.findings().isEmpty() && report.missingItems().isEmpty(),
                                "a refusal names its reason");
                    }
                }
                for (int i = 0; i < 60; i++) {
                    byte[] mail = ("From: a@b.test\r\nSubject: kaart\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
                            + "--x\r\nContent-Type: text/plain\r\n\r\nHoi\r\n--x\r\nContent-Type: application/"
                            + "octet-stream\r\nContent-Disposition: attachment; filename=k.docx\r\n"
                            + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    byte[] body = java.util.Base64.getMimeEncoder().encode(mutants.get(i));
                    byte[] whole = concat(mail, body, "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII));
                    assertNotNull(mails.screen(flip(whole, random, random.nextInt(4))).verdict());
                }
            });
        }
    }

    private static byte[] mutate(byte[] docx, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> flip(docx, random, 1 + random.nextInt(20));
            case 1 -> Arrays.copyOf(docx, random.nextInt(docx.length));
            case 2 -> {
                List<Entry> entries = new ArrayList<>(HostileFiles.entries(docx));
                java.util.Collections.shuffle(entries, random);
                entries.remove(random.nextInt(entries.size()));
                yield HostileFiles.rezip(entries);
            }
            case 3 -> mutateXml(docx, random, xml -> {
                int from = random.nextInt(xml.length());
                int to = Math.min(xml.length(), from + random.nextInt(200));
                return xml.substring(0, from) + xml.substring(to);
            });
            case 4 -> mutateXml(docx, random, xml -> {
                int at = random.nextInt(xml.length());
                int from = random.nextInt(xml.length());
                return xml.substring(0, at) + xml.substring(from, Math.min(xml.length(), from + 300))
                        + xml.substring(at);
            });
            default -> mutateXml(docx, random, xml -> xml.replace("<w:t>", "<w:t><w:p><w:r>")
                    .replaceFirst("</w:body>", "<w:tbl><w:tr>".repeat(1 + random.nextInt(400)) + "</w:body>"));
        };
    }

    private static byte[] mutateXml(byte[] docx, Random random, java.util.function.UnaryOperator<String> change) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> original = HostileFiles.entries(docx);
        int target = random.nextInt(original.size());
        for (int i = 0; i < original.size(); i++) {
            Entry entry = original.get(i);
            boolean xml = entry.name().endsWith(".xml") || entry.name().endsWith(".rels");
            if ((i == target || entry.name().equals("word/document.xml") && random.nextBoolean()) && xml
                    && entry.content().length > 0) {
                entries.add(new Entry(entry.name(), change.apply(new String(entry.content(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)));
            } else {
                entries.add(entry);
            }
        }
        return HostileFiles.rezip(entries);
    }

    private static byte[] flip(byte[] bytes, Random random, int flips) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
