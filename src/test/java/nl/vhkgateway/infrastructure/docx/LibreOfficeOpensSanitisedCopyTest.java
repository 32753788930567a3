package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sanitised copy opens in LibreOffice: a headless conversion to text succeeds and shows the card. Runs only where
 * {@code soffice} is installed (apt-get install libreoffice-writer-nogui); skipped elsewhere.
 */
class LibreOfficeOpensSanitisedCopyTest {

    private static Path soffice;
    private static Path work;

    @BeforeAll
    static void findLibreOffice() throws IOException {
        soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path base = Path.of(System.getProperty("user.dir"), "target");
        Files.createDirectories(base);
        work = Files.createTempDirectory(base, "libreoffice-");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void convertsTheSanitisedCopiesOfEveryLayout() throws Exception {
        for (Layout layout : Layout.values()) {
            Path docx = work.resolve("kaart-" + layout + ".docx");
            Files.write(docx, new DocxSanitiser().sanitise(DocxSanitiserTest.dirtyCard(layout)).content());
        }
        Process process = new ProcessBuilder(command(work))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, process.exitValue());

        for (Layout layout : Layout.values()) {
            Path text = work.resolve("out").resolve("kaart-" + layout + ".txt");
            assertTrue(Files.exists(text), () -> "converted " + layout);
            String content = Files.readString(text, StandardCharsets.UTF_8);
            assertTrue(content.contains("17-10-2026"), layout::name);
            assertTrue(content.contains("J. (2011) en D. (2016)"), layout::name);
            assertTrue(content.contains("Opa helpt later vet"), layout::name);
            assertFalse(content.contains("Sanne Verwijderd"), layout::name);
        }
    }

    private static List<String> command(Path dir) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "txt:Text",
                "--outdir", dir.resolve("out").toString()));
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(p -> command.add(p.toString()));
        }
        return command;
    }
}
