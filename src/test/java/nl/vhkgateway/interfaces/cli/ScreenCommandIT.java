package nl.vhkgateway.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.Hiding;
import nl.vhkgateway.testsupport.corpus.MailWriter;
import nl.vhkgateway.testsupport.corpus.PersonalData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built {@code target/vhk-screen.jar} as a user runs it: a child JVM per command line, generated .docx and
 * .eml files, the flags, the JSON Lines fields and the exit codes.
 */
class ScreenCommandIT {

    private static final Path JAR = Path.of("target", "vhk-screen.jar");
    private static final Path DIR = Path.of("target", "screen-command-it");
    private static Path clean;
    private static Path dirty;
    private static Path incomplete;
    private static Path macro;
    private static Path cleanMail;
    private static Path dirtyMail;
    private static String secret;

    @BeforeAll
    static void files() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package: " + JAR.toAbsolutePath());
        ScreenCommandTest.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        CorpusGenerator corpus = new CorpusGenerator(11);
        clean = Files.write(DIR.resolve("schoon.docx"), corpus.cleanCard(4).content());
        PersonalData.Plant plant = new PersonalData(11).plant(Category.PERSON_NAME);
        secret = plant.secret();
        dirty = Files.write(DIR.resolve("met naam.docx"), corpus.dirty(Category.PERSON_NAME, Hiding.HEADER, plant, 2)
                .content());
        incomplete = Files.write(DIR.resolve("onvolledig.docx"), corpus.incompleteCards().get(0).content());
        macro = Files.write(DIR.resolve("macro.docx"), nl.vhkgateway.testsupport.corpus.HostileFiles.all().stream()
                .filter(i -> i.id().equals("hostile/macros named docx")).findFirst().orElseThrow().content());
        Map<Section, String> values = corpus.cleanValues(4);
        cleanMail = Files.write(DIR.resolve("schoon.eml"), MailWriter.clean(corpus.cleanCard(4).content(), values,
                new Random(4), MailWriter.Shape.PLAIN));
        dirtyMail = Files.write(DIR.resolve("onderwerp.eml"), MailWriter.withPlant(corpus.cleanCard(4).content(),
                values, Hiding.MAIL_SUBJECT, plant, new Random(4)));
    }

    private record Run(int exitCode, String out, String err) {
        List<JsonObject> json() {
            return out.lines().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        }
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(DIR, "out", ".txt");
        Path err = Files.createTempFile(DIR, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "vhk-screen.jar did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesForManyFilesInOneJvmWithTheWorstExitCode() throws Exception {
        Path out = DIR.resolve("geschoond");
        Run run = run("--json", "--out", out.toString(), clean.toString(), dirty.toString(), incomplete.toString(),
                macro.toString(), cleanMail.toString(), dirtyMail.toString(), DIR.resolve("weg.docx").toString());
        assertEquals(2, run.exitCode(), run.err());
        List<JsonObject> lines = run.json();
        assertEquals(7, lines.size(), run.out());
        for (JsonObject line : lines) {
            assertEquals(List.of("file", "verdict", "findings", "missing", "sanitised"), List.copyOf(line.keySet()));
            for (var finding : line.getJsonArray("findings").getValuesAs(JsonObject.class)) {
                assertEquals(List.of("category", "part", "section", "location", "excerpt"),
                        List.copyOf(finding.keySet()));
            }
        }
        assertEquals(List.of("ACCEPT", "REJECT", "REJECT", "INVALID", "ACCEPT", "REJECT", "INVALID"),
                lines.stream().map(l -> l.getString("verdict")).toList());
        assertEquals(clean.toString(), lines.get(0).getString("file"));
        assertTrue(Files.isRegularFile(Path.of(lines.get(0).getString("sanitised"))));
        assertTrue(Files.isRegularFile(Path.of(lines.get(4).getString("sanitised"))), "the card of a clean mail");
        assertTrue(lines.get(1).isNull("sanitised"));
        assertTrue(lines.get(1).getJsonArray("findings").getValuesAs(JsonObject.class).stream().anyMatch(f ->
                f.getString("category").equals("PERSON_NAME") && f.getString("part").equals("HEADER")));
        assertFalse(lines.get(2).getJsonArray("missing").isEmpty());
        assertEquals("MACRO", lines.get(3).getJsonArray("findings").getJsonObject(0).getString("category"));
        assertTrue(lines.get(5).getJsonArray("findings").getValuesAs(JsonObject.class).stream().anyMatch(f ->
                f.getString("part").equals("MAIL_SUBJECT")));
        assertEquals("UNREADABLE_FILE", lines.get(6).getJsonArray("findings").getJsonObject(0).getString("category"));
        assertFalse(run.out().contains(secret), "personal data in the output");
        assertFalse(run.err().contains(secret), "personal data in the log");
    }

    @Test
    void exitCodesAndTheReadableDutchReport() throws Exception {
        assertEquals(0, run(clean.toString(), cleanMail.toString()).exitCode());
        Run refused = run(clean.toString(), dirty.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("GEWEIGERD") && refused.out().contains("in de kopregel"), refused.out());
        assertFalse(refused.out().contains(secret));
        assertEquals(2, run(macro.toString()).exitCode());
    }

    @Test
    void helpInDutchAndUsageErrors() throws Exception {
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Gebruik:") && help.out().contains("exitcode"));
        assertEquals(64, run().exitCode());
        assertEquals(64, run("--onbekend", clean.toString()).exitCode());
    }
}
