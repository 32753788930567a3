package nl.vhkgateway.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The demo mail accounts from {@code config/demo-accounts.properties} ({@code address = password}), in file order.
 * Immutable and thread-safe.
 *
 * @param passwords password per address
 */
public record DemoAccounts(Map<String, String> passwords) {

    public static final Path DEFAULT_FILE = Path.of("config", "demo-accounts.properties");

    public DemoAccounts {
        passwords = Collections.unmodifiableMap(new LinkedHashMap<>(passwords));
    }

    /** Reads the accounts file, keeping the order of the file. */
    public static DemoAccounts load(Path file) {
        Map<String, String> ordered = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    ordered.put(key.toString().trim(), value.toString().trim());
                    return super.put(key, value);
                }
            };
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo accounts " + file.toAbsolutePath(), e);
        }
        return new DemoAccounts(ordered);
    }

    public List<String> addresses() {
        return List.copyOf(passwords.keySet());
    }

    public String password(String address) {
        String password = passwords.get(address);
        if (password == null) {
            throw new IllegalArgumentException("No demo account " + address);
        }
        return password;
    }
}
