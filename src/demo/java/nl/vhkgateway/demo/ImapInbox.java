package nl.vhkgateway.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a mailbox over plain IMAP like any mail client would (demo and tests only: no TLS). Each call opens and
 * closes its own connection. Stateless and thread-safe.
 *
 * @param host     IMAP host
 * @param port     IMAP port
 * @param user     login (the address)
 * @param password password
 */
public record ImapInbox(String host, int port, String user, String password) {

    /** What a test needs to know about one message. */
    public record MailSummary(String messageId, String subject, List<String> attachmentNames) {

        /** @return whether a .docx travels with the message (also inside a forwarded message) */
        public boolean hasDocx() {
            return attachmentNames.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith(".docx"));
        }
    }

    /** @return the messages of {@code folder} (empty when the folder does not exist) */
    public List<MailSummary> messages(String folder) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(host, port, user, password);
            Folder mailbox = store.getFolder(folder);
            if (!mailbox.exists()) {
                return List.of();
            }
            mailbox.open(Folder.READ_ONLY);
            try {
                List<MailSummary> summaries = new ArrayList<>();
                for (Message message : mailbox.getMessages()) {
                    List<String> names = new ArrayList<>();
                    collectAttachmentNames(message, names);
                    String[] ids = message.getHeader("Message-ID");
                    summaries.add(new MailSummary(ids == null || ids.length == 0 ? "" : ids[0],
                            Optional.ofNullable(message.getSubject()).orElse(""), names));
                }
                return summaries;
            } finally {
                mailbox.close(false);
            }
        }
    }

    private static void collectAttachmentNames(Part part, List<String> names) throws MessagingException, IOException {
        if (part.getFileName() != null) {
            names.add(part.getFileName());
        }
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectAttachmentNames(child, names);
            }
        } else if (content instanceof Message nested) {
            collectAttachmentNames(nested, names);
        }
    }
}
