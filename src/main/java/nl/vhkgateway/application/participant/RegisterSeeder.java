package nl.vhkgateway.application.participant;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.application.security.PasswordHasher;

/**
 * Fills the register from a JSON file at start-up, when configured (the demo uses {@code config/demo-register.json};
 * configuration key {@code vhk.register.seed-file}). Idempotent: an organisation whose name is registered, or a
 * participant whose mail address is registered, is left exactly as it is, so the beheerder's later changes
 * survive restarts. Everything goes through {@link ParticipantRegistry} validation, except that an
 * {@code apiPassword} in the file is set without the minimum-length rule (the demo password is {@code demo}); a
 * production seed file should hold no passwords. Invalid files fail fast with the reason. Thread-safe when not run
 * concurrently with itself.
 *
 * <pre>{"organisations": [{"type": "TOEGANG", "name": "...", "municipality": "...", "receivingMailbox": "...",
 *   "participants": [{"name": "...", "mailAddress": "...", "apiPassword": "..."}]}]}</pre>
 */
public final class RegisterSeeder {

    private static final Logger LOG = Logger.getLogger(RegisterSeeder.class.getName());

    private final ParticipantRegistry registry;
    private final ParticipantRepository participants;
    private final PasswordHasher hasher;

    public RegisterSeeder(ParticipantRegistry registry, ParticipantRepository participants,
                          PasswordHasher hasher) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** What a seeding run added. */
    public record Result(int organisationsAdded, int participantsAdded) {
    }

    /**
     * @throws IllegalStateException when the file cannot be read or holds invalid entries (with the reason)
     */
    public Result seedFromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Result result = seed(reader);
            LOG.info(() -> "register seeded from " + file.getFileName() + ": " + result.organisationsAdded()
                    + " organisations and " + result.participantsAdded() + " participants added");
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("register seed file " + file + " cannot be read", e);
        }
    }

    public Result seed(Reader json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("register seed file is not a JSON object: " + e.getMessage(), e);
        }
        int organisationsAdded = 0;
        int participantsAdded = 0;
        for (JsonValue value : array(root, "organisations")) {
            JsonObject entry = object(value, "organisations[]");
            String name = string(entry, "name").orElse("");
            Optional<Organisation> existing = registry.organisations().stream()
                    .filter(o -> o.name().equalsIgnoreCase(name.strip())).findFirst();
            Organisation organisation;
            if (existing.isPresent()) {
                organisation = existing.get();
            } else {
                organisation = invalidAsState("organisation '" + name + "'", () -> registry.registerOrganisation(
                        new OrganisationInput(string(entry, "type").orElse(null), name,
                                string(entry, "municipality").orElse(null),
                                string(entry, "receivingMailbox").orElse(null), Boolean.TRUE)));
                organisationsAdded++;
            }
            for (JsonValue participantValue : array(entry, "participants")) {
                if (seedParticipant(object(participantValue, "participants[]"), organisation)) {
                    participantsAdded++;
                }
            }
        }
        return new Result(organisationsAdded, participantsAdded);
    }

    private boolean seedParticipant(JsonObject entry, Organisation organisation) {
        String address = string(entry, "mailAddress").orElse("");
        if (MailAddress.parse(address).flatMap(registry::findByMailAddress).isPresent()) {
            return false;
        }
        Participant participant = invalidAsState("participant '" + address + "'", () -> registry.registerParticipant(
                new ParticipantInput(string(entry, "name").orElse(null), address, organisation.id().value(),
                        Boolean.TRUE)));
        Optional<String> password = string(entry, "apiPassword").filter(p -> !p.isEmpty());
        password.ifPresent(p -> participants.setApiPasswordHash(participant.id(),
                Optional.of(hasher.hash(p.toCharArray()))));
        return true;
    }

    private static <T> T invalidAsState(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (RegisterValidationException e) {
            throw new IllegalStateException("register seed file: " + what + " is invalid: " + e.dutchMessage(), e);
        } catch (RegistrationConflictException e) {
            throw new IllegalStateException("register seed file: " + what + ": " + e.getMessage(), e);
        }
    }

    private static JsonArray array(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalStateException("register seed file: '" + key + "' must be a list");
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalStateException("register seed file: every entry of " + where + " must be an object");
        }
        return value.asJsonObject();
    }

    private static Optional<String> string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalStateException("register seed file: '" + key + "' must be text");
        }
        return Optional.of(object.getString(key));
    }
}
