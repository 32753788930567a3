package nl.vhkgateway.testsupport.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tab-separated set of labelled sentences (the blind set's {@code sentences.tsv}): columns {@code id}, {@code expect}
 * ({@code BLOCK} or {@code refuse} when the sentence holds personal data, {@code ALLOW} or {@code accept} when it
 * may pass), {@code category}, {@code spans}
 * (the personal-data items, separated by {@code ||} or {@code |}; {@code -} for none) and {@code sentence}. Lines starting with {@code #} are comments.
 */
public record SentenceSet(String name, List<Row> rows) {

    private static final Set<String> REFUSE = Set.of("refuse", "reject", "block", "pii", "flag", "yes", "1", "personal");

    /**
     * One labelled sentence; {@code index} is its position in the file (0-based, comments not counted);
     * {@code heldOut} rows are measured, never looked at while tuning (see {@link #read(String, int)}).
     */
    public record Row(int index, String id, boolean refuse, String category, List<String> spans, String sentence,
                      boolean heldOut) {
    }

    /** Reads a set whose every third row (index 2, 5, 8 ...) is held out (blind set #1's rule). */
    public static SentenceSet read(String resource) {
        return read(resource, 3);
    }

    /**
     * Reads a set; the row at index {@code i} is held out when {@code i % heldOutEvery == heldOutEvery - 1} (3: index
     * 2, 5, 8 ...; 2: index 1, 3, 5 ..., i.e. every second row); 0 holds nothing out. The rule is fixed per set before
     * any failure is looked at.
     */
    public static SentenceSet read(String resource, int heldOutEvery) {
        try (InputStream in = SentenceSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return read(resource, in, heldOutEvery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SentenceSet read(String name, InputStream in) throws IOException {
        return read(name, in, 3);
    }

    public static SentenceSet read(String name, InputStream in, int heldOutEvery) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty");
        }
        List<String> columns = Arrays.asList(header.strip().toLowerCase(Locale.ROOT).split("\t"));
        int id = column(columns, "id", name);
        int expect = column(columns, "expect", name);
        int category = column(columns, "category", name);
        int spans = column(columns, "spans", name);
        int sentence = column(columns, "sentence", name);
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < columns.size()) {
                throw new IllegalArgumentException(name + " line " + lineNo + ": " + cells.length + " columns");
            }
            String e = cells[expect].strip().toLowerCase(Locale.ROOT);
            List<String> items = new ArrayList<>();
            String spanCell = cells[spans].strip();
            for (String s : spanCell.contains("||") ? spanCell.split("\\|\\|") : spanCell.split("\\|")) {
                if (!s.isBlank() && !s.strip().equals("-")) {
                    items.add(s.strip());
                }
            }
            int index = rows.size();
            rows.add(new Row(index, cells[id].strip(), REFUSE.contains(e), cells[category].strip(), items,
                    cells[sentence], heldOutEvery > 0 && index % heldOutEvery == heldOutEvery - 1));
        }
        return new SentenceSet(name, List.copyOf(rows));
    }

    private static int column(List<String> columns, String wanted, String name) {
        int i = columns.indexOf(wanted);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no column " + wanted + ": " + columns);
        }
        return i;
    }
}
