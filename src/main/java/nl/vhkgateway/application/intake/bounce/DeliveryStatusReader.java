package nl.vhkgateway.application.intake.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivery report about a message the gateway sent:
 * <ul>
 *   <li>RFC 3464 {@code multipart/report; report-type=delivery-status} (Postfix, Exchange, Sendmail, Exim, Gmail...):
 *       the {@code message/delivery-status} part gives Original-Envelope-Id, Reporting-MTA and per recipient Action
 *       and Status; the returned {@code message/rfc822} or {@code text/rfc822-headers} part gives the original
 *       Message-ID;</li>
 *   <li>a classic bounce (no report part) from {@code MAILER-DAEMON} or {@code postmaster} with an empty envelope
 *       sender ({@code Return-Path: <>}): the gateway's own Message-IDs found in its text.</li>
 * </ul>
 * Anything else is not a delivery report (empty). Only gateway-made Message-IDs ({@code <vhk.…@…>}) are taken from
 * the text of a classic bounce. Bounded: at most {@value #MAX_SCAN} bytes are scanned. Stateless, thread-safe.
 */
public final class DeliveryStatusReader {

    static final int MAX_SCAN = 512 * 1024;
    /** The Message-IDs the gateway composes (OutgoingMessageIds). */
    private static final Pattern GATEWAY_MESSAGE_ID = Pattern.compile("<vhk\\.\\d{1,19}\\.[a-z0-9_]{1,60}\\.[0-9a-f]{16}@"
            + "[A-Za-z0-9.-]{1,253}>");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,250}>");
    private static final Pattern STATUS = Pattern.compile("([245]\\.\\d{1,3}\\.\\d{1,3})");
    private static final List<String> ACTION_ORDER = List.of("failed", "delayed", "relayed", "expanded", "delivered");

    /** The report in {@code message}, if it is one. */
    public Optional<DeliveryStatusNotification> read(MimeMessage message) {
        try {
            if (message.isMimeType("multipart/report")) {
                String reportType = new ContentType(message.getContentType()).getParameter("report-type");
                if (reportType != null && reportType.equalsIgnoreCase("delivery-status")) {
                    return standard((Multipart) message.getContent());
                }
                return Optional.empty(); // a disposition (read receipt) or other report
            }
            if (fromMailerDaemon(message) && emptyEnvelopeSender(message)) {
                return classic(message);
            }
            return Optional.empty();
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<DeliveryStatusNotification> standard(Multipart report) throws MessagingException, IOException {
        Set<String> ids = new LinkedHashSet<>();
        String action = "";
        Optional<String> status = Optional.empty();
        Optional<String> reportingMta = Optional.empty();
        Optional<String> envelopeId = Optional.empty();
        boolean statusFound = false;
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                InputStream in = new ByteArrayInputStream(bytes(part));
                InternetHeaders perMessage = new InternetHeaders(in);
                reportingMta = Optional.ofNullable(perMessage.getHeader("Reporting-MTA", null)).map(this::mtaName);
                envelopeId = Optional.ofNullable(perMessage.getHeader("Original-Envelope-Id", null))
                        .map(String::strip).map(xtextDecoded -> xtextDecoded.replace("+3C", "<")
                                .replace("+3E", ">").replace("+40", "@"));
                while (in.available() > 0) {
                    InternetHeaders perRecipient = new InternetHeaders(in);
                    String recipientAction = Optional.ofNullable(perRecipient.getHeader("Action", null)).orElse("")
                            .strip().toLowerCase(Locale.ROOT).split("[\\s(]", 2)[0];
                    if (recipientAction.isEmpty()) {
                        continue;
                    }
                    statusFound = true;
                    if (action.isEmpty() || rank(recipientAction) < rank(action)) {
                        action = recipientAction;
                        status = Optional.ofNullable(perRecipient.getHeader("Status", null)).flatMap(this::statusCode);
                    }
                }
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
                Object content = part.getContent();
                if (content instanceof MimeMessage returned) {
                    Optional.ofNullable(returned.getMessageID()).map(String::strip).ifPresent(ids::add);
                }
            } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/global-headers")) {
                InternetHeaders returned = new InternetHeaders(new ByteArrayInputStream(bytes(part)));
                Optional.ofNullable(returned.getHeader("Message-ID", null)).map(String::strip).ifPresent(ids::add);
            }
        }
        envelopeId.filter(id -> MESSAGE_ID.matcher(id).matches()).ifPresent(ids::add);
        List<String> valid = ids.stream().filter(id -> MESSAGE_ID.matcher(id).matches()).toList();
        if (!statusFound) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryStatusNotification(valid, action, status, reportingMta, true));
    }

    private Optional<DeliveryStatusNotification> classic(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (InputStream in = message.getRawInputStream()) {
            raw.write(in.readNBytes(MAX_SCAN));
        }
        String text = raw.toString(StandardCharsets.ISO_8859_1);
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = GATEWAY_MESSAGE_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Matcher status = Pattern.compile("(?<![\\d.])" + STATUS.pattern() + "(?![\\d.])").matcher(text);
        return Optional.of(new DeliveryStatusNotification(new ArrayList<>(ids), "failed",
                status.find() ? Optional.of(status.group(1)) : Optional.empty(), Optional.empty(), false));
    }

    private static boolean fromMailerDaemon(MimeMessage message) throws MessagingException {
        jakarta.mail.Address[] from = message.getFrom();
        if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null) {
            return false;
        }
        String local = address.getAddress().split("@", 2)[0].toLowerCase(Locale.ROOT);
        return local.equals("mailer-daemon") || local.equals("postmaster");
    }

    private static boolean emptyEnvelopeSender(MimeMessage message) throws MessagingException {
        String[] returnPath = message.getHeader("Return-Path");
        return returnPath != null && returnPath.length > 0 && returnPath[0].replaceAll("\\s", "").equals("<>");
    }

    private static int rank(String action) {
        int index = ACTION_ORDER.indexOf(action);
        return index < 0 ? ACTION_ORDER.size() : index;
    }

    private Optional<String> statusCode(String value) {
        Matcher matcher = STATUS.matcher(value);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** "dns; mail.example.org" -> "mail.example.org". */
    private String mtaName(String value) {
        String[] typed = value.split(";", 2);
        return (typed.length == 2 ? typed[1] : typed[0]).strip();
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_SCAN);
        }
    }
}
