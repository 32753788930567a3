package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.audit.PublishedHead;
import nl.vhkgateway.domain.audit.PublishedHeads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Published audit chain heads in a plain text file outside the database, one line per publication:
 * {@code <ISO instant> <sequence> <hash>}, appended (never rewritten), so the file is also a history an auditor can
 * compare with a mailed copy. Lines that do not parse are skipped. Thread-safe (synchronised appends).
 */
public final class AuditHeadFile implements PublishedHeads {

    private static final Pattern LINE = Pattern.compile("(\\S+) ([0-9]{1,19}) ([0-9a-f]{64})");

    private final Path file;

    public AuditHeadFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public synchronized void publish(PublishedHead head) {
        String line = head.publishedAt() + " " + head.sequence() + " " + head.hash() + "\n";
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit chain head to " + file, e);
        }
    }

    @Override
    public synchronized Optional<PublishedHead> latest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit chain head file " + file, e);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<PublishedHead> head = parse(lines.get(i).strip());
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedHead> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PublishedHead(Long.parseLong(matcher.group(2)), matcher.group(3),
                    Instant.parse(matcher.group(1))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AuditHeadFile[" + file + "]";
    }
}
