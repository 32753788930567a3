package nl.vhkgateway.testsupport;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** Building, sending and inspecting test mail on GreenMail. Stateless, thread-safe. */
public final class TestMail {

    public static final String INTAKE = "veiligheidsteam@gateway.test";
    public static final String VOORZITTER = "voorzitter@vht.test";
    public static final String SENDER = "deelnemer@roosendaal.test";
    public static final String PASSWORD = "demo";

    private TestMail() {
    }

    public static MailAccount intakeAccount(GreenMailOperations greenMail) {
        return new MailAccount(new MailServerSettings("127.0.0.1", greenMail.getImap().getPort(), MailSecurity.NONE,
                Duration.ofSeconds(5), Duration.ofSeconds(10)), INTAKE, PASSWORD);
    }

    public static MailAccount smtpAccount(GreenMailOperations greenMail) {
        return smtpAccount(greenMail.getSmtp().getPort());
    }

    public static MailAccount smtpAccount(int port) {
        return new MailAccount(new MailServerSettings("127.0.0.1", port, MailSecurity.NONE,
                Duration.ofSeconds(5), Duration.ofSeconds(10)), "", "");
    }

    /** A card submission: text body and a (fake) .docx attachment; with or without Message-ID. */
    public static byte[] cardMessage(String subject, boolean withMessageId, long seed) {
        try {
            Session session = Session.getInstance(new Properties());
            MimeMessage message = withMessageId ? new MimeMessage(session) : new NoMessageId(session);
            message.setFrom(new InternetAddress(SENDER));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(INTAKE));
            message.setSubject(subject, "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Beste voorzitter,\r\n\r\nHierbij de veiligheidskaart.\r\n", "UTF-8");
            MimeBodyPart card = new MimeBodyPart();
            byte[] docx = new byte[2048];
            new Random(seed).nextBytes(docx);
            card.setDataHandler(new DataHandler(new ByteArrayDataSource(docx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
            card.setFileName("veiligheidskaart-" + seed + ".docx");
            MimeMultipart multipart = new MimeMultipart();
            multipart.addBodyPart(text);
            multipart.addBodyPart(card);
            message.setContent(multipart);
            message.saveChanges();
            if (!withMessageId) {
                message.removeHeader("Message-ID");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes over GreenMail's SMTP to the intake address. */
    public static void deliverToIntake(GreenMailOperations greenMail, byte[] raw) {
        try {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", "127.0.0.1");
            properties.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
            Session session = Session.getInstance(properties);
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(message, new InternetAddress[] {new InternetAddress(INTAKE)});
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages (not flagged deleted) in a folder of a GreenMail user. */
    public static List<MimeMessage> folder(GreenMailOperations greenMail, String user, String folderName) {
        try {
            GreenMailUser owner = greenMail.getUserManager().getUserByEmail(user);
            if (owner == null) {
                return List.of();
            }
            MailFolder folder = "INBOX".equals(folderName)
                    ? greenMail.getManagers().getImapHostManager().getInbox(owner)
                    : greenMail.getManagers().getImapHostManager().getFolder(owner, folderName);
            if (folder == null) {
                return List.of();
            }
            List<MimeMessage> result = new ArrayList<>();
            for (StoredMessage stored : folder.getNonDeletedMessages()) {
                result.add(stored.getMimeMessage());
            }
            return result;
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the message/rfc822 attachment of a forwarded message. */
    public static String attachedOriginalHash(MimeMessage forwarded) {
        try {
            Multipart multipart = (Multipart) forwarded.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("message/rfc822")) {
                    try (InputStream in = part.getInputStream()) {
                        return ContentHash.of(in.readAllBytes()).hex();
                    }
                }
            }
            throw new AssertionError("No message/rfc822 part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The plain text of a message or part the gateway sent: the first {@code text/plain} part, also inside
     * {@code multipart/alternative} and {@code multipart/mixed}.
     */
    public static String plainText(jakarta.mail.Part part) {
        return textOf(part, "text/plain");
    }

    /** The HTML alternative of a message or part the gateway sent (the first {@code text/html} part). */
    public static String htmlText(jakarta.mail.Part part) {
        return textOf(part, "text/html");
    }

    private static String textOf(jakarta.mail.Part part, String type) {
        try {
            if (part.isMimeType(type) && !jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    try {
                        return textOf(multipart.getBodyPart(i), type);
                    } catch (AssertionError notHere) {
                        // look further
                    }
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's subject, or "" when it has none. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            if (value == null) {
                throw new AssertionError("No header " + name);
            }
            return value;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition holds (checking every 20 ms); fails after the timeout. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder threads = new StringBuilder();
                Thread.getAllStackTraces().forEach((thread, stack) -> {
                    threads.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
                    for (StackTraceElement element : stack) {
                        threads.append("    at ").append(element).append('\n');
                    }
                });
                System.err.println("Threads when the wait for '" + what + "' timed out:\n" + threads);
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + what);
            }
        }
    }

    /** A MimeMessage that does not generate a Message-ID. */
    private static final class NoMessageId extends MimeMessage {
        NoMessageId(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() {
            // no Message-ID header at all
        }
    }
}
