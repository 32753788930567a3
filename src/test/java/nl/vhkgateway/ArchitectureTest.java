package nl.vhkgateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.vhkgateway.domain.archfixture.DomainClassThatBreaksTheLayerRules;
import nl.vhkgateway.domain.submission.SubmissionId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of the code base (see README "Architecture"), checked on the compiled production classes with
 * ArchUnit and, because the compiler inlines constants (a {@code Roles.BEHEERDER} in an annotation leaves no trace
 * in the bytecode), also on the import lines of {@code src/main/java}:
 * <ul>
 *   <li>domain depends on nothing else of the gateway and not on Jakarta;</li>
 *   <li>application depends on no infrastructure, interfaces or bootstrap;</li>
 *   <li>infrastructure depends on no interfaces or bootstrap;</li>
 *   <li>interfaces and bootstrap may use what they need (bootstrap builds and starts everything);</li>
 *   <li>every class lives in one of these five layers.</li>
 * </ul>
 * Both checks are shown to fail once on a deliberately violating fixture in the test sources.
 */
class ArchitectureTest {

    private static final String BASE = "nl.vhkgateway";

    /** A layer, the packages it must not depend on. */
    private enum Layer {
        DOMAIN("domain", "jakarta", BASE + ".application", BASE + ".infrastructure", BASE + ".interfaces",
                BASE + ".bootstrap"),
        APPLICATION("application", BASE + ".infrastructure", BASE + ".interfaces", BASE + ".bootstrap"),
        INFRASTRUCTURE("infrastructure", BASE + ".interfaces", BASE + ".bootstrap"),
        INTERFACES("interfaces"),
        BOOTSTRAP("bootstrap");

        final String pkg;
        final List<String> forbidden;

        Layer(String name, String... forbidden) {
            this.pkg = BASE + "." + name;
            this.forbidden = List.of(forbidden);
        }

        ArchRule rule() {
            String[] patterns = forbidden.stream().map(p -> p + "..").toArray(String[]::new);
            return noClasses().that().resideInAPackage(pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(patterns)
                    .because(name().toLowerCase() + " must not depend on " + forbidden)
                    .allowEmptyShould(true);
        }

        static Layer of(String className) {
            return Arrays.stream(values()).filter(l -> className.startsWith(l.pkg + "."))
                    .findFirst().orElseThrow(() -> new AssertionError(className + " lies outside the five layers"));
        }
    }

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }

    @Test
    void theScanSeesTheProductionClassesOfEveryLayerAndNoTestClasses() {
        for (Layer layer : Layer.values()) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith(layer.pkg)),
                    "no production classes found in " + layer.pkg);
        }
        assertTrue(production.size() > 300, "only " + production.size() + " classes imported");
        assertFalse(production.contain(DomainClassThatBreaksTheLayerRules.class), "test fixture in the scan");
        assertFalse(production.contain(ArchitectureTest.class), "test class in the scan");
    }

    @Test
    void domainDependsOnNoOtherLayerAndNoJakarta() {
        Layer.DOMAIN.rule().check(production);
    }

    @Test
    void applicationDependsOnNoInfrastructureInterfacesOrBootstrap() {
        Layer.APPLICATION.rule().check(production);
    }

    @Test
    void infrastructureDependsOnNoInterfacesOrBootstrap() {
        Layer.INFRASTRUCTURE.rule().check(production);
    }

    @Test
    void everyClassLivesInOneOfTheFiveLayers() {
        String[] layers = Arrays.stream(Layer.values()).map(l -> l.pkg + "..").toArray(String[]::new);
        classes().that().doNotHaveSimpleName("package-info").should().resideInAnyPackage(layers).check(production);
    }

    @Test
    void theDomainRuleReportsAForbiddenImport() {
        JavaClasses fixture = new ClassFileImporter().importClasses(DomainClassThatBreaksTheLayerRules.class);
        EvaluationResult result = Layer.DOMAIN.rule().evaluate(fixture);

        assertTrue(result.hasViolation(), "the domain rule let a domain class import infrastructure and Jakarta");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("nl.vhkgateway.infrastructure.persistence.JdbcTransactions"), report);
        assertTrue(report.contains("jakarta.inject.Inject"), report);
        // and a clean domain class passes the same rule object
        assertFalse(Layer.DOMAIN.rule().evaluate(new ClassFileImporter().importClasses(SubmissionId.class))
                .hasViolation());
    }

    // ---- the same rules on the import lines (constants are inlined in the bytecode) ----

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** The forbidden imports of one source file, as "file: import" lines. */
    static List<String> forbiddenImports(String fileName, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
            return List.of(fileName + ": no package line");
        }
        Layer layer = Layer.of(pkg.group(1) + ".X");
        List<String> found = new ArrayList<>();
        Matcher imp = IMPORT.matcher(source);
        while (imp.find()) {
            String imported = imp.group(1);
            if (layer.forbidden.stream().anyMatch(f -> imported.startsWith(f + "."))) {
                found.add(fileName + ": " + imported);
            }
        }
        return found;
    }

    @Test
    void noSourceFileImportsAcrossTheRules() throws IOException {
        Path root = Path.of("src/main/java");
        assertTrue(Files.isDirectory(root), "run from the project directory");
        List<String> violations = new ArrayList<>();
        int files;
        try (Stream<Path> sources = Files.walk(root)) {
            List<Path> javaFiles = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.equals(root.resolve("nl/vhkgateway/package-info.java")))
                    .toList();
            files = javaFiles.size();
            for (Path file : javaFiles) {
                violations.addAll(forbiddenImports(root.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(files > 300, "only " + files + " source files");
        assertEquals(List.of(), violations);
    }

    @Test
    void theImportCheckReportsAForbiddenImport() throws IOException {
        Path fixture = Path.of("src/test/java/nl/vhkgateway/domain/archfixture/DomainClassThatBreaksTheLayerRules.java");
        List<String> found = forbiddenImports("fixture", Files.readString(fixture, StandardCharsets.UTF_8));
        assertEquals(List.of("fixture: jakarta.inject.Inject",
                "fixture: nl.vhkgateway.infrastructure.persistence.JdbcTransactions"), found);
        assertEquals(List.of(), forbiddenImports("clean", "package nl.vhkgateway.infrastructure.x;\n"
                + "import nl.vhkgateway.application.security.Roles;\nimport jakarta.inject.Inject;\n"));
    }
}
