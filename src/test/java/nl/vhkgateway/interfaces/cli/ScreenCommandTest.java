package nl.vhkgateway.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.Hiding;
import nl.vhkgateway.testsupport.corpus.PersonalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line in-process: options, the readable and JSON reports, exit codes, copies. */
class ScreenCommandTest {

    private static final Path DIR = Path.of("target", "screen-command-test");
    private static CardScreeningService cards;
    private static Path clean;
    private static Path dirty;
    private static Path pdf;
    private static String secret;

    @BeforeAll
    static void start() throws IOException {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        cards = ScreeningServices.cardScreening();
        CorpusGenerator corpus = new CorpusGenerator(3);
        clean = Files.write(DIR.resolve("schoon.docx"), corpus.cleanCard(0).content());
        PersonalData.Plant plant = new PersonalData(3).plant(nl.vhkgateway.domain.screening.Category.PHONE);
        secret = plant.secret();
        dirty = Files.write(DIR.resolve("vies.docx"), corpus.dirty(plant.category(), Hiding.COMMENT, plant, 1)
                .content());
        pdf = Files.write(DIR.resolve("kaart.pdf"), "%PDF-1.4 geen kaart".getBytes(StandardCharsets.US_ASCII));
    }

    @AfterAll
    static void stop() {
        cards.close();
    }

    private record Run(int exitCode, String out, String err) {
        List<JsonObject> json() {
            return out.lines().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ScreenCommand(cards, new MailScreeningService(cards), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitCodesFollowTheWorstVerdict() {
        assertEquals(0, run(clean.toString()).exitCode());
        assertEquals(1, run(clean.toString(), dirty.toString()).exitCode());
        assertEquals(2, run(dirty.toString(), pdf.toString(), clean.toString()).exitCode());
        assertEquals(2, run(DIR.resolve("bestaat-niet.docx").toString()).exitCode());
    }

    @Test
    void jsonLinesHoldOneObjectPerFileInOrder() {
        Run run = run("--json", clean.toString(), dirty.toString(), "geen/bestand.docx");
        List<JsonObject> lines = run.json();
        assertEquals(3, lines.size());
        assertEquals(clean.toString(), lines.get(0).getString("file"));
        assertEquals("ACCEPT", lines.get(0).getString("verdict"));
        assertTrue(lines.get(0).isNull("sanitised"), "no --out, no copy");
        assertEquals("REJECT", lines.get(1).getString("verdict"));
        JsonObject finding = lines.get(1).getJsonArray("findings").getJsonObject(0);
        assertEquals("PHONE", finding.getString("category"));
        assertEquals("COMMENT", finding.getString("part"));
        assertEquals("geen/bestand.docx", lines.get(2).getString("file"));
        assertEquals("INVALID", lines.get(2).getString("verdict"));
        assertEquals("UNREADABLE_FILE", lines.get(2).getJsonArray("findings").getJsonObject(0).getString("category"));
        assertFalse(run.out().contains(secret));
    }

    @Test
    void theReadableReportIsDutchAndMasked() {
        Run run = run(dirty.toString(), clean.toString());
        assertTrue(run.out().contains("GEWEIGERD"), run.out());
        assertTrue(run.out().contains("GOEDGEKEURD"));
        assertTrue(run.out().contains("telefoonnummer"));
        assertTrue(run.out().contains("in een opmerking"));
        assertFalse(run.out().contains(secret));
    }

    @Test
    void outWritesTheSanitisedCopyOfAcceptedCardsOnly() throws IOException {
        Path out = DIR.resolve("uit");
        Run run = run("--json", "--out", out.toString(), clean.toString(), clean.toString(), dirty.toString());
        List<JsonObject> lines = run.json();
        Path first = Path.of(lines.get(0).getString("sanitised"));
        Path second = Path.of(lines.get(1).getString("sanitised"));
        assertTrue(Files.size(first) > 0);
        assertFalse(first.equals(second), "two copies of the same name do not overwrite each other");
        assertTrue(first.startsWith(out));
        assertTrue(lines.get(2).isNull("sanitised"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void helpAndWrongCommandLines() {
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Gebruik: java -jar vhk-screen.jar"));
        assertEquals(ScreenCommand.USAGE, run().exitCode());
        Run unknown = run("--verbose", clean.toString());
        assertEquals(ScreenCommand.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("Onbekende optie"));
        assertEquals(ScreenCommand.USAGE, run("--out").exitCode());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
