package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression cases per category (deduce-style): {@code src/test/resources/regression/<CATEGORY>.json} holds texts
 * (optionally in a card section) with the findings expected of the whole default catalog — category and the text
 * they must cover — and no other findings. {@code known-failures.json} lists the cases that fail today with the
 * reason; such a case must still fail, and the test tells you to remove it from the list once it passes.
 */
class RegressionTest {

    private static final List<String> FILES = java.util.stream.Stream.concat(DetectorCatalog.NAMES.stream(),
            java.util.stream.Stream.of("MIXED")).toList();

    record Expected(Category category, String text) {
    }

    record Case(String file, String id, String text, Section section, List<Expected> expected) {
    }

    @TestFactory
    Stream<DynamicTest> regressionCases() throws IOException {
        Map<String, String> knownFailures = knownFailures();
        List<Case> cases = new ArrayList<>();
        for (String file : FILES) {
            cases.addAll(read(file));
        }
        for (String key : knownFailures.keySet()) {
            assertTrue(cases.stream().anyMatch(c -> key.equals(c.file() + "/" + c.id())),
                    "known-failures.json names a case that does not exist: " + key);
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file() + "/" + c.id(), () -> {
            List<String> problems = problems(c);
            String known = knownFailures.get(c.file() + "/" + c.id());
            if (known != null) {
                if (problems.isEmpty()) {
                    fail("known failure now passes: remove " + c.file() + "/" + c.id()
                            + " from regression/known-failures.json");
                }
            } else if (!problems.isEmpty()) {
                fail(String.join("; ", problems));
            }
        }));
    }

    /** Empty when the catalog finds exactly the expected items (each overlapped by a finding of its category). */
    static List<String> problems(Case c) {
        TextSegment segment = DetectorFixture.segment(c.text(), c.section());
        List<Span> spans = DetectorCatalog.defaults().spans(segment, DetectorFixture.context(segment));
        List<String> problems = new ArrayList<>();
        List<Span> matched = new ArrayList<>();
        Map<String, Integer> searchFrom = new HashMap<>();
        for (Expected e : c.expected()) {
            int at = c.text().indexOf(e.text(), searchFrom.getOrDefault(e.text(), 0));
            searchFrom.put(e.text(), at + 1);
            if (at < 0) {
                problems.add("bad case: expected text not in the text");
                continue;
            }
            Span hit = null;
            for (Span s : spans) {
                if (s.category() == e.category() && s.start() < at + e.text().length() && at < s.end()) {
                    hit = s;
                }
            }
            if (hit == null) {
                problems.add("missed " + e.category() + "[" + e.text() + "]");
            } else {
                matched.add(hit);
            }
        }
        for (Span s : spans) {
            if (!matched.contains(s)) {
                problems.add("unexpected " + s.category() + "[" + c.text().substring(s.start(), s.end()) + "]");
            }
        }
        return problems;
    }

    static List<Case> read(String file) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RegressionTest.class.getResourceAsStream("/regression/" + file + ".json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            for (JsonValue v : root.getJsonArray("cases")) {
                JsonObject o = v.asJsonObject();
                List<Expected> expected = new ArrayList<>();
                for (JsonValue e : o.getJsonArray("expected")) {
                    expected.add(new Expected(Category.valueOf(e.asJsonObject().getString("category")),
                            e.asJsonObject().getString("text")));
                }
                Section section = o.containsKey("section") ? Section.valueOf(o.getString("section"))
                        : Section.ONVEILIGHEID;
                cases.add(new Case(file, o.getString("id"), o.getString("text"), section, expected));
            }
        }
        return cases;
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new HashMap<>();
        try (InputStream in = RegressionTest.class.getResourceAsStream("/regression/known-failures.json");
             JsonReader reader = Json.createReader(in)) {
            for (JsonValue v : reader.readObject().getJsonArray("failures")) {
                JsonObject o = v.asJsonObject();
                known.put(o.getString("file") + "/" + o.getString("id"), o.getString("reason"));
            }
        }
        return known;
    }
}
