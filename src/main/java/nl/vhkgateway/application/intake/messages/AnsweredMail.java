package nl.vhkgateway.application.intake.messages;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which mail a receipt or refusal answers, as the sender recognises it: its subject, the names of its attachments
 * and when it was sent (its Date header), shown in Dutch in the answer. Text that may hold personal data is never
 * echoed as it is: a subject or file name in which the screener found personal data, or one that was not screened at
 * all (a mail refused on its sender), is shown masked like the refusal's excerpts ("V************ J*****.docx").
 * Immutable.
 *
 * @param subject   the subject as shown (maybe masked; "" when the mail had none)
 * @param fileNames the attachment names as shown (maybe masked)
 * @param sentAt    the Date header, when it had a valid one
 * @param masked    whether subject and/or file names were masked
 */
public record AnsweredMail(String subject, List<String> fileNames, Optional<Instant> sentAt, boolean masked) {

    /** At most this many file names are listed. */
    static final int MAX_FILES = 10;
    private static final int MAX_DEPTH = 5;
    private static final int MAX_SUBJECT = 200;

    public AnsweredMail {
        Objects.requireNonNull(subject, "subject");
        fileNames = List.copyOf(fileNames);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /**
     * A mail that was screened: subject and file names are shown as they are, unless a personal-data finding lies in
     * the subject ({@link DocumentPart#MAIL_SUBJECT}) or in an attachment name ({@link DocumentPart#ATTACHMENT_NAME}).
     */
    public static AnsweredMail screened(Part mail, List<Finding> findings) {
        boolean subjectHasData = findings.stream().anyMatch(f -> personal(f, DocumentPart.MAIL_SUBJECT));
        boolean namesHaveData = findings.stream().anyMatch(f -> personal(f, DocumentPart.ATTACHMENT_NAME));
        return read(mail, subjectHasData, namesHaveData);
    }

    /** A mail that was not screened (refused on its sender): subject and file names masked. */
    public static AnsweredMail unscreened(Part mail) {
        return read(mail, true, true);
    }

    private static boolean personal(Finding finding, DocumentPart part) {
        return finding.category().kind() == Category.Kind.PERSONAL_DATA
                && finding.location().documentPart() == part;
    }

    private static AnsweredMail read(Part mail, boolean maskSubject, boolean maskNames) {
        String subject = subjectOf(mail);
        List<String> names = new ArrayList<>();
        try {
            collectNames(mail, names, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // an unreadable structure: name what was found so far
        }
        List<String> shown = names.stream().limit(MAX_FILES).map(n -> maskNames ? maskFileName(n) : n).toList();
        boolean masked = (maskSubject && !subject.isEmpty()) || (maskNames && !names.isEmpty());
        return new AnsweredMail(maskSubject && !subject.isEmpty() ? Masker.mask(subject) : subject, shown,
                sentDate(mail), masked);
    }

    /** Adds the Dutch lines about the answered mail to {@code text}. */
    void describe(TextLayout text) {
        text.field("Onderwerp", subject.isEmpty() ? "(geen onderwerp)" : "\"" + subject + "\"");
        text.field(fileNames.size() == 1 ? "Bijlage" : "Bijlagen", fileNames.isEmpty() ? "(geen bijlage)"
                : String.join(", ", fileNames));
        sentAt.ifPresent(at -> text.field("Verstuurd op", DutchDates.dateTime(at, MeetingPlanner.TEAM_ZONE)));
        if (masked) {
            text.paragraph("Onderwerp en bestandsnamen zijn hierboven onleesbaar gemaakt, omdat er persoonsgegevens in"
                    + " (kunnen) staan.");
        }
    }

    private static String maskFileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return Masker.mask(name.substring(0, name.length() - extension.length())) + extension;
    }

    private static String subjectOf(Part mail) {
        try {
            String subject = mail instanceof MimeMessage message ? message.getSubject() : null;
            String oneLine = subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
            return oneLine.length() > MAX_SUBJECT ? oneLine.substring(0, MAX_SUBJECT) + "…" : oneLine;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<Instant> sentDate(Part mail) {
        try {
            Date date = mail instanceof MimeMessage message ? message.getSentDate() : null;
            return Optional.ofNullable(date).map(Date::toInstant);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void collectNames(Part part, List<String> names, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || names.size() >= MAX_FILES) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectNames(child, names, depth + 1);
            }
            return;
        }
        String name = part.getFileName();
        if (name != null && !name.isBlank()) {
            names.add(oneLine(decode(name)));
        }
    }

    private static String decode(String name) {
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return name;
        }
    }

    private static String oneLine(String name) {
        String slashFree = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return slashFree.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
