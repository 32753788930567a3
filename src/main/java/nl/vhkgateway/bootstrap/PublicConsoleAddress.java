package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The address under which people reach the web console ({@code vhk.console.public-url}, e.g.
 * {@code https://vht-gateway.example.nl}), as the gateway's mails link to it: a refusal links the blank
 * Veiligheidskaart. Optional: without it mails carry no links. Immutable.
 *
 * @param base the absolute http(s) address, without a trailing slash
 */
public record PublicConsoleAddress(URI base) {

    public static final String KEY = "vhk.console.public-url";

    public PublicConsoleAddress {
        Objects.requireNonNull(base, "base");
    }

    /** Reads {@value #KEY} from MicroProfile Config; fails fast on a value that is no absolute http(s) address. */
    public static Optional<PublicConsoleAddress> fromConfiguration() {
        return parse(ConfigProvider.getConfig().getOptionalValue(KEY, String.class));
    }

    static Optional<PublicConsoleAddress> parse(Optional<String> value) {
        Optional<String> text = value.map(String::strip).filter(v -> !v.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get().replaceAll("/+$", ""));
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return Optional.of(new PublicConsoleAddress(uri));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidConfigurationException(List.of(KEY + ": not an absolute http(s) address such as"
                + " https://vht-gateway.example.nl"));
    }

    /** Where the blank Veiligheidskaart is downloaded (public, no login). */
    public URI blankCard() {
        return URI.create(base + "/console/lege-kaart.docx");
    }
}
