package nl.vhkgateway.infrastructure.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import nl.vhkgateway.domain.audit.AuditKey;

/**
 * Reads the key that seals the audit chain ({@code vhk.audit.key-file} or {@code vhk.audit.key}) and where the chain
 * head is published ({@code vhk.audit.head-file}). Outside demo mode a missing or unusable key stops the start-up
 * with one message in Dutch and English; in demo mode (and so with zero setup) a throwaway key is made and kept in
 * {@code vhk-gateway-demo-audit.key} in the temporary directory, so that restarts of the demo keep verifying.
 * Stateless.
 *
 * @param key      the audit key
 * @param headFile the file chain heads are appended to, when configured
 * @param demoKey  true when the key is the demo's throwaway key
 */
public record AuditSealSettings(AuditKey key, Optional<Path> headFile, boolean demoKey) {

    private static final Logger LOG = Logger.getLogger(AuditSealSettings.class.getName());
    static final String DEMO_KEY_FILE = "vhk-gateway-demo-audit.key";
    static final String MISSING = "ontbreekt: buiten de demo wordt het auditlogboek verzegeld met een sleutel die"
            + " niet in de database staat; maak er een met 'head -c 32 /dev/urandom > /etc/vhk-gateway/audit.key'"
            + " (chmod 0400, eigenaar vhk) en zet vhk.audit.key-file / missing: outside demo mode the audit log is"
            + " sealed with a key kept outside the database; create one as shown and set vhk.audit.key-file (or"
            + " VHK_AUDIT_KEY, Base64). See deploy/audit.md";

    /**
     * @throws InvalidConfigurationException naming the key, when the key is missing outside demo mode or unusable
     */
    public static AuditSealSettings read(Function<String, Optional<String>> lookup) {
        boolean demo = value(lookup, ConfigKey.DEMO).map(v -> v.equalsIgnoreCase("true")).orElse(false);
        Optional<String> keyFile = value(lookup, ConfigKey.AUDIT_KEY_FILE);
        Optional<String> inline = value(lookup, ConfigKey.AUDIT_KEY);
        Optional<Path> headFile = value(lookup, ConfigKey.AUDIT_HEAD_FILE).map(Path::of);
        if (keyFile.isPresent() && inline.isPresent()) {
            throw invalid(ConfigKey.AUDIT_KEY_FILE, "set either vhk.audit.key-file or vhk.audit.key, not both");
        }
        if (keyFile.isPresent()) {
            return new AuditSealSettings(fromFile(Path.of(keyFile.get())), headFile, false);
        }
        if (inline.isPresent()) {
            try {
                return new AuditSealSettings(AuditKey.of(Base64.getDecoder().decode(inline.get())), headFile, false);
            } catch (IllegalArgumentException e) {
                throw invalid(ConfigKey.AUDIT_KEY, "must be Base64 of at least " + AuditKey.MIN_BYTES + " random bytes"
                        + " (openssl rand -base64 32)");
            }
        }
        if (!demo) {
            throw invalid(ConfigKey.AUDIT_KEY_FILE, MISSING);
        }
        return new AuditSealSettings(demoKey(Path.of(System.getProperty("java.io.tmpdir"), DEMO_KEY_FILE)), headFile,
                true);
    }

    private static AuditKey fromFile(Path file) {
        try {
            return AuditKey.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw invalid(ConfigKey.AUDIT_KEY_FILE, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "): het sleutelbestand is niet leesbaar / the key file cannot be read");
        } catch (IllegalArgumentException e) {
            throw invalid(ConfigKey.AUDIT_KEY_FILE, file + " holds fewer than " + AuditKey.MIN_BYTES + " bytes: de"
                    + " sleutel is te kort / the key is too short (head -c 32 /dev/urandom)");
        }
    }

    /** The demo's throwaway key: made once per machine, then reused (a restarted demo still verifies). */
    static AuditKey demoKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[AuditKey.MIN_BYTES];
                new SecureRandom().nextBytes(bytes);
                try {
                    Files.write(Files.createFile(file), bytes);
                    trySetOwnerOnly(file);
                } catch (FileAlreadyExistsException raced) {
                    LOG.fine("demo audit key made by another process at the same time");
                }
            }
            AuditKey key = AuditKey.of(Files.readAllBytes(file));
            LOG.warning(() -> "DEMO MODE: the audit log is sealed with a throwaway key (" + file + ", fingerprint "
                    + key.fingerprint() + "); set vhk.audit.key-file for real use");
            return key;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "DEMO MODE: demo audit key file " + file + " unusable (" + e.getClass().getSimpleName()
                    + "); using a key for this run only");
            return AuditKey.random();
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine("cannot restrict the demo key file's permissions");
        }
    }

    private static InvalidConfigurationException invalid(ConfigKey key, String what) {
        return new InvalidConfigurationException(List.of(key.key() + " (env " + key.environmentVariable() + "): "
                + what));
    }

    private static Optional<String> value(Function<String, Optional<String>> lookup, ConfigKey key) {
        return lookup.apply(key.key()).map(String::strip).filter(v -> !v.isEmpty());
    }
}
