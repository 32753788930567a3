package nl.vhkgateway.application.handover;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The card attached to a handover mail: the one Word document (.docx, by file name, or by content type when the
 * part has no name). Walks nested multiparts (bounded depth and number of parts); does not open forwarded
 * messages (a handover attaches the card itself). Identical copies count once. Immutable result.
 *
 * @param fileName the attachment's file name as sent ("" when none); never log it (it may hold a name)
 * @param content  the .docx bytes
 */
public record CardAttachment(String fileName, byte[] content) {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int MAX_DEPTH = 5;
    private static final int MAX_PARTS = 200;

    public CardAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** The .docx attachments of a message, distinct by content, in order; at most {@code maxBytes} each. */
    public static List<CardAttachment> findAll(Part message, long maxBytes) throws MessagingException, IOException {
        Map<String, CardAttachment> found = new LinkedHashMap<>();
        walk(message, 0, new int[]{0}, maxBytes, found);
        return new ArrayList<>(found.values());
    }

    private static void walk(Part part, int depth, int[] parts, long maxBytes, Map<String, CardAttachment> found)
            throws MessagingException, IOException {
        if (++parts[0] > MAX_PARTS || depth > MAX_DEPTH) {
            throw new MessagingException("message structure too large or too deep");
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, depth + 1, parts, maxBytes, found);
                }
            }
            return;
        }
        String fileName = fileName(part);
        boolean docx = fileName.toLowerCase(Locale.ROOT).endsWith(".docx")
                || (fileName.isEmpty() && part.isMimeType(DOCX_TYPE));
        if (docx) {
            byte[] bytes = read(part, maxBytes);
            found.putIfAbsent(sha256(bytes), new CardAttachment(fileName, bytes));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(name).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    private static byte[] read(Part part, long maxBytes) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new IOException("attachment larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CardAttachment[" + content.length + " bytes]";
    }
}
