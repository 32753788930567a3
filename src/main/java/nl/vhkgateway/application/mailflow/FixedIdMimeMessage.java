package nl.vhkgateway.application.mailflow;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.util.Objects;

/**
 * A message that keeps its deterministic Message-ID ({@link OutgoingMessageIds}): {@code saveChanges()} would
 * otherwise generate a random one, and a resent message must carry the id it was stored with.
 */
public final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    public FixedIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = Objects.requireNonNull(messageId, "messageId");
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
