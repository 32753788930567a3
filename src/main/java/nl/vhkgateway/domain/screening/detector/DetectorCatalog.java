package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Detector;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * The personal-data detectors by name (as deduce configures its annotators): {@link #defaults()} holds every
 * detector of this package, built once on the bundled {@link WordLists}; {@link #without} and {@link #only}
 * switch detectors off or on by name (e.g. from configuration). {@link #detect(ScreeningContext)} runs the enabled
 * detectors over every segment of a card and resolves overlaps per segment with {@link FindingResolver}.
 *
 * <p>Immutable and thread-safe: one catalog serves all cards concurrently.
 */
public final class DetectorCatalog {

    /** Detector names in their standard order. */
    public static final List<String> NAMES = List.of(PersonNameDetector.NAME, AddressDetector.NAME,
            PostcodeDetector.NAME, BsnDetector.NAME, BirthDateDetector.NAME, PhoneDetector.NAME, EmailDetector.NAME,
            IbanDetector.NAME, IdNumberDetector.NAME, ClientNumberDetector.NAME, UrlDetector.NAME);

    private static final class Holder {
        private static final DetectorCatalog DEFAULTS = of(WordLists.defaults());
    }

    private final Map<String, Detector> detectors;

    private DetectorCatalog(Map<String, Detector> detectors) {
        this.detectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detectors));
    }

    /** All detectors with the bundled word lists, loaded once per JVM. */
    public static DetectorCatalog defaults() {
        return Holder.DEFAULTS;
    }

    /** All detectors on the given word lists. */
    public static DetectorCatalog of(WordLists words) {
        return from(List.of(new PersonNameDetector(words), new AddressDetector(words), new PostcodeDetector(words),
                new BsnDetector(), new BirthDateDetector(words), new PhoneDetector(), new EmailDetector(),
                new IbanDetector(), new IdNumberDetector(), new ClientNumberDetector(), new UrlDetector(words)));
    }

    /** A catalog of the given detectors (names must be unique). */
    public static DetectorCatalog from(Collection<? extends Detector> detectors) {
        Map<String, Detector> map = new LinkedHashMap<>();
        for (Detector d : detectors) {
            if (map.put(d.name(), d) != null) {
                throw new IllegalArgumentException("two detectors named " + d.name());
            }
        }
        return new DetectorCatalog(map);
    }

    /** This catalog without the named detectors; an unknown name is a configuration error. */
    public DetectorCatalog without(String... names) {
        Map<String, Detector> map = new LinkedHashMap<>(detectors);
        for (String name : names) {
            if (map.remove(requireKnown(name)) == null) {
                throw new IllegalArgumentException("detector switched off twice: " + name);
            }
        }
        return new DetectorCatalog(map);
    }

    /** Only the named detectors; an unknown name is a configuration error. */
    public DetectorCatalog only(String... names) {
        Set<String> wanted = Set.copyOf(Arrays.asList(names));
        wanted.forEach(this::requireKnown);
        Map<String, Detector> map = new LinkedHashMap<>();
        detectors.forEach((k, v) -> {
            if (wanted.contains(k)) {
                map.put(k, v);
            }
        });
        return new DetectorCatalog(map);
    }

    private String requireKnown(String name) {
        if (!detectors.containsKey(name)) {
            throw new IllegalArgumentException("unknown detector '" + name + "'; known: " + detectors.keySet());
        }
        return name;
    }

    public Set<String> names() {
        return detectors.keySet();
    }

    public List<Detector> detectors() {
        return List.copyOf(detectors.values());
    }

    public Optional<Detector> detector(String name) {
        return Optional.ofNullable(detectors.get(name));
    }

    /**
     * The merged spans of every enabled span detector in one segment. Spans point into card text: use them to
     * mask or test, never log the text they cover.
     */
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        if (segment.text().isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (Detector d : detectors.values()) {
            if (d instanceof SpanDetector sd) {
                spans.addAll(sd.spans(segment, context));
            }
        }
        return FindingResolver.resolveSpans(spans);
    }

    /** Findings of every enabled detector in one segment, overlaps merged. */
    public List<Finding> detect(TextSegment segment, ScreeningContext context) {
        if (segment.text().isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        List<Finding> other = new ArrayList<>(0);
        for (Detector d : detectors.values()) {
            // round 16 (r16-speed): most detectors find nothing in most segments; an empty result is not copied
            if (d instanceof SpanDetector sd) {
                List<Span> found = sd.spans(segment, context);
                if (!found.isEmpty()) {
                    spans.addAll(found);
                }
            } else {
                List<Finding> found = d.detect(segment, context);
                if (!found.isEmpty()) {
                    other.addAll(found);
                }
            }
        }
        if (spans.isEmpty() && other.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(FindingResolver.resolve(segment, spans));
        findings.addAll(other);
        return FindingResolver.dedupe(findings);
    }

    /** Findings of every enabled detector in every segment of the card, in segment order. */
    public List<Finding> detect(ScreeningContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextSegment segment : context.segments()) {
            findings.addAll(detect(segment, context));
        }
        return findings;
    }
}
