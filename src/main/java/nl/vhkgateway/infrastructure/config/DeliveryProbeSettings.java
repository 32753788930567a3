package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.mail.ImapDeliveryProbe.ProbeMailbox;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the recipient mailboxes the delivery probe may search (issue 12; {@link ConfigKey#DELIVERY_PROBE_MAILBOXES}).
 * {@code vhk.delivery-probe.mailboxes} names them ({@code voorzitter,rvdk}); per name {@code N}:
 * <ul>
 *   <li>{@code vhk.delivery-probe.N.address}: the recipient address (required);</li>
 *   <li>{@code vhk.delivery-probe.N.user} and {@code .password}: its IMAP login (required; the password is secret);</li>
 *   <li>{@code .host}, {@code .port}, {@code .security}: its IMAP server (default: those of {@code vhk.imap.*});</li>
 *   <li>{@code .folders}: the folders searched, comma-separated (default {@code INBOX}).</li>
 * </ul>
 * Fails fast: any missing or invalid value, or an address named twice, is an {@link InvalidConfigurationException}
 * listing every problem, so a gateway never runs with a probe that silently asks nothing. Stateless.
 */
public final class DeliveryProbeSettings {

    private static final String PREFIX = "vhk.delivery-probe.";

    private DeliveryProbeSettings() {
    }

    /**
     * @param lookup the value of a key (blank counts as absent)
     * @return per recipient address its mailbox; empty when no mailbox is configured
     */
    public static Map<MailAddress, ProbeMailbox> read(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        List<String> problems = new ArrayList<>();
        Map<MailAddress, ProbeMailbox> mailboxes = new LinkedHashMap<>();
        Optional<String> names = value.apply(ConfigKey.DELIVERY_PROBE_MAILBOXES.key());
        if (names.isEmpty()) {
            return Map.of();
        }
        boolean demo = value.apply(ConfigKey.DEMO.key()).map(Boolean::parseBoolean).orElse(false);
        Duration connect = Duration.ofSeconds(seconds(value.apply(ConfigKey.MAIL_CONNECT_TIMEOUT.key()), 10));
        Duration read = Duration.ofSeconds(seconds(value.apply(ConfigKey.MAIL_READ_TIMEOUT.key()), 30));
        for (String name : Arrays.stream(names.get().split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList()) {
            if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
                problems.add(ConfigKey.DELIVERY_PROBE_MAILBOXES.key() + ": '" + name
                        + "' is not a mailbox name (lower-case letters, digits, '-')");
                continue;
            }
            String at = PREFIX + name + ".";
            Optional<String> address = value.apply(at + "address");
            Optional<String> user = value.apply(at + "user");
            Optional<String> password = value.apply(at + "password");
            String host = value.apply(at + "host").or(() -> value.apply(ConfigKey.IMAP_HOST.key())).orElse("");
            String securityText = value.apply(at + "security").or(() -> value.apply(ConfigKey.IMAP_SECURITY.key()))
                    .orElse("tls").toLowerCase(Locale.ROOT);
            MailSecurity security = switch (securityText) {
                case "tls", "ssl" -> MailSecurity.TLS;
                case "starttls" -> MailSecurity.STARTTLS;
                case "none" -> MailSecurity.NONE;
                default -> null;
            };
            List<String> folders = Arrays.stream(value.apply(at + "folders").orElse("INBOX").split(","))
                    .map(String::trim).filter(f -> !f.isEmpty()).toList();
            int before = problems.size();
            if (address.isEmpty() || !MailAddress.isValid(address.get())) {
                problems.add(at + "address: " + (address.isEmpty() ? "is required" : "'" + address.get()
                        + "' is not a plain mail address (name@domain)"));
            }
            if (user.isEmpty()) {
                problems.add(at + "user: is required (the IMAP login of that mailbox)");
            }
            if (password.isEmpty()) {
                problems.add(at + "password: is required (secret)");
            }
            if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
                problems.add(at + "host: is required (or set vhk.imap.host)");
            }
            if (security == null) {
                problems.add(at + "security: '" + securityText + "' is not tls, starttls or none");
            } else if (security == MailSecurity.NONE && !demo) {
                problems.add(at + "security: 'none' is allowed only with vhk.demo=true");
            }
            Optional<String> portText = value.apply(at + "port").or(() -> value.apply(ConfigKey.IMAP_PORT.key()));
            int port = portText.map(p -> p.matches("\\d{1,5}") ? Integer.parseInt(p) : -1)
                    .orElse(security == MailSecurity.TLS ? 993 : 143);
            if (port < 1 || port > 65535) {
                problems.add(at + "port: '" + portText.orElse("") + "' is not a port (1-65535)");
            }
            if (folders.isEmpty()) {
                problems.add(at + "folders: names no folder");
            }
            if (problems.size() > before) {
                continue;
            }
            MailAddress recipient = MailAddress.of(address.get());
            ProbeMailbox mailbox = new ProbeMailbox(new MailAccount(new MailServerSettings(host, port, security,
                    connect, read), user.get(), password.get()), folders);
            if (mailboxes.put(recipient, mailbox) != null) {
                problems.add(at + "address: " + recipient + " is configured twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return Map.copyOf(mailboxes);
    }

    private static long seconds(Optional<String> text, long defaultValue) {
        return text.filter(t -> t.matches("\\d{1,4}")).map(Long::parseLong).filter(s -> s > 0).orElse(defaultValue);
    }
}
