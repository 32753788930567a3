package nl.vhkgateway.application.screening;

import nl.vhkgateway.application.MailSessions;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Year;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.ScreeningReport;

/**
 * Screens a whole mail that should carry one Veiligheidskaart: the subject, the text and HTML body (visible text,
 * link targets and image alt texts), the attachment file names, every .docx attachment (with
 * {@link CardScreeningService}), and forwarded messages (message/rfc822, recursively, up to
 * {@value #MAX_DEPTH} deep) — with the same detectors as the card, in the context of the card (so that the
 * professionals named on its cover are known).
 * <p>
 * Exactly one card per mail: none is {@link Category#NO_CARD}, more than one {@link Category#MULTIPLE_CARDS}
 * (identical copies count once); an attachment that looks like a card but is not a .docx (.doc, .pdf, .odt, .rtf,
 * an archive, an image named as a card) is {@link Category#NOT_DOCX} with "stuur de kaart als Word-document
 * (.docx)". Inline images (signature logos) and S/MIME signature parts are not cards. Opaque S/MIME
 * (application/pkcs7-mime) cannot be screened and is refused as unreadable: unwrap signed or encrypted content first
 * and pass the resulting {@link MimeMessage}.
 * <p>
 * Bounded (mail size, nesting depth, number of parts, number of cards screened); never throws for any input;
 * never logs mail or card text, names or addresses. Thread-safe.
 */
public final class MailScreeningService {

    static final int MAX_DEPTH = 5;
    private static final int MAX_PARTS = 500;
    private static final int MAX_CARDS_SCREENED = 5;
    private static final Logger LOG = Logger.getLogger(MailScreeningService.class.getName());
    private static final String NOT_DOCX_ADVICE = "stuur de kaart als Word-document (.docx)";
    private static final Set<String> CARD_LIKE_EXTENSIONS = Set.of("doc", "docm", "dot", "dotx", "dotm", "odt",
            "ott", "fodt", "rtf", "pdf", "wpd", "wps", "pages", "xps", "oxps", "zip", "rar",
            "7z");
    private static final Set<String> CARD_LIKE_TYPES = Set.of("application/msword", "application/pdf",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/rtf",
            "application/vnd.ms-word.document.macroenabled.12", "application/zip", "application/x-zip-compressed");
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern CARD_NAME = Pattern.compile("(?i)kaart|vhk|veiligheid");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n\\s*\\r?\\n");

    private final CardScreeningService cards;
    private final Clock clock;

    public MailScreeningService(CardScreeningService cards) {
        this(cards, Clock.systemDefaultZone());
    }

    public MailScreeningService(CardScreeningService cards, Clock clock) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The largest mail screened: room for the largest card in base64 plus the mail around it. */
    public long maxMailBytes() {
        return cards.limits().maxInputBytes() / 3 * 4 + 5L * 1024 * 1024;
    }

    /** Screens a mail given as its raw bytes (.eml, RFC 5322). Never throws. */
    public MailScreeningReport screen(byte[] eml) {
        Objects.requireNonNull(eml, "eml");
        if (eml.length > maxMailBytes()) {
            return refused(Category.MALFORMED_MAIL, "De e-mail is groter dan " + maxMailBytes() / (1024 * 1024)
                    + " MB en wordt niet gecontroleerd.");
        }
        if (eml.length == 0) {
            return refused(Category.MALFORMED_MAIL, "De e-mail is leeg.");
        }
        try {
            MimeMessage message = new MimeMessage(MailSessions.plain(), new ByteArrayInputStream(eml));
            return screen(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning("mail could not be parsed: " + e.getClass().getName());
            return refused(Category.MALFORMED_MAIL, "De e-mail kan niet worden gelezen.");
        }
    }

    /** Screens a parsed mail. Never throws. */
    public MailScreeningReport screen(MimeMessage message) {
        Objects.requireNonNull(message, "message");
        Walk walk = new Walk();
        try {
            walk.subject(message, "");
            walk.part(message, 0, "");
        } catch (OutOfMemoryError e) {
            LOG.warning("reading the mail ran out of memory");
            return refused(Category.SCREENING_ERROR, "De e-mail kon door een fout niet volledig worden gecontroleerd.");
        } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
            LOG.warning("mail could not be read completely: " + e.getClass().getName());
            return refused(Category.MALFORMED_MAIL, "De e-mail kan niet volledig worden gelezen.");
        }
        try {
            return walk.finish();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warning("screening the mail text failed: " + e.getClass().getName());
            return refused(Category.SCREENING_ERROR, "De e-mail kon door een fout niet volledig worden gecontroleerd.");
        }
    }

    private static MailScreeningReport refused(Category category, String dutchReason) {
        return new MailScreeningReport(List.of(new Finding(category, Location.of(DocumentPart.MAIL, ""), dutchReason,
                "mail-screening")), List.of());
    }

    /** One pass over a mail: collects text segments, cards and problems. Not thread-safe (one per mail). */
    private final class Walk {
        private final List<TextSegment> texts = new ArrayList<>();
        private final List<Finding> problems = new ArrayList<>();
        private final Map<String, Attachment> docxByHash = new LinkedHashMap<>();
        private final List<Attachment> cardLike = new ArrayList<>();
        private final List<TextSegment> signatures = new ArrayList<>();
        private final List<TextSegment> headers = new ArrayList<>();
        private int parts;
        private int attachments;
        private int forwarded;
        private int paragraphs;

        void subject(MimeMessage message, String where) throws MessagingException {
            String subject = message.getSubject();
            if (subject != null && !subject.isBlank()) {
                texts.add(new TextSegment(subject, Location.of(DocumentPart.MAIL_SUBJECT, where)));
            }
        }

        void part(Part part, int depth, String where) throws MessagingException, IOException {
            if (++parts > MAX_PARTS) {
                if (parts == MAX_PARTS + 1) {
                    problems.add(problem(Category.MALFORMED_MAIL, DocumentPart.MAIL, where,
                            "De e-mail bestaat uit te veel onderdelen om te controleren."));
                }
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        part(child, depth, where);
                    }
                }
                return;
            }
            if (part.isMimeType("message/rfc822")) {
                forwardedMessage(part, depth, where);
                return;
            }
            if (isSignature(part)) {
                return;
            }
            if (part.isMimeType("application/pkcs7-mime") || part.isMimeType("application/x-pkcs7-mime")) {
                problems.add(problem(Category.MALFORMED_MAIL, DocumentPart.MAIL, where,
                        "Een versleuteld of ondertekend deel van de e-mail kan niet worden gecontroleerd."));
                return;
            }
            String fileName = fileName(part);
            boolean attachment = !fileName.isEmpty() || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            if (!attachment && part.isMimeType("text/plain")) {
                bodyText(text(part), where);
            } else if (!attachment && part.isMimeType("text/html")) {
                HtmlText html = HtmlText.of(text(part));
                bodyText(html.visible(), where);
                for (String hidden : html.hidden()) {
                    texts.add(new TextSegment(hidden, Location.of(DocumentPart.MAIL_BODY,
                            join(where, "link of afbeelding"))));
                }
            } else if (attachment) {
                attachment(part, fileName, where);
            }
            // Inline parts without a name (signature logos, calendar data) are neither text nor cards.
        }

        private void forwardedMessage(Part part, int depth, String where) throws MessagingException, IOException {
            String nestedWhere = join(where, "doorgestuurd bericht " + ++forwarded);
            String fileName = fileName(part);
            if (!fileName.isEmpty()) {
                texts.add(new TextSegment(readableName(fileName), Location.of(DocumentPart.ATTACHMENT_NAME,
                        nestedWhere)));
            }
            if (depth + 1 > MAX_DEPTH) {
                problems.add(problem(Category.MALFORMED_MAIL, DocumentPart.MAIL, nestedWhere,
                        "De e-mail bevat te diep in elkaar doorgestuurde berichten om te controleren."));
                return;
            }
            Object content = part.getContent();
            MimeMessage nested = content instanceof MimeMessage message ? message
                    : new MimeMessage(MailSessions.plain(), part.getInputStream());
            subject(nested, nestedWhere);
            part(nested, depth + 1, nestedWhere);
        }

        private void attachment(Part part, String fileName, String where) throws MessagingException, IOException {
            String attachmentWhere = join(where, "bijlage " + ++attachments);
            if (!fileName.isEmpty()) {
                texts.add(new TextSegment(readableName(fileName), Location.of(DocumentPart.ATTACHMENT_NAME,
                        attachmentWhere)));
            }
            String extension = extension(fileName);
            String type = baseType(part);
            if (extension.equals("docx") || (extension.isEmpty() && type.equals(DOCX_TYPE))) {
                byte[] content = readBounded(part);
                docxByHash.putIfAbsent(sha256(content), new Attachment(fileName, attachmentWhere, content));
            } else if (CARD_LIKE_EXTENSIONS.contains(extension) || CARD_LIKE_TYPES.contains(type)
                    || ((type.startsWith("image/") || extension.matches("jpe?g|png|gif|tiff?|heic|bmp"))
                    && CARD_NAME.matcher(fileName).find())) {
                cardLike.add(new Attachment(fileName, attachmentWhere, new byte[0]));
            }
        }

        private void bodyText(String text, String where) {
            Signature signature = Signature.split(text.replace("\r\n", "\n").replace('\r', '\n'));
            for (String paragraph : PARAGRAPH_BREAK.split(signature.before())) {
                if (!paragraph.isBlank()) {
                    String paragraphWhere = join(where, "alinea " + ++paragraphs);
                    StringBuilder rest = new StringBuilder();
                    int headerLines = 0;
                    for (String line : paragraph.strip().split("\n")) {
                        if (QuotedHeaderLine.is(line) && line.indexOf('@') >= 0) {
                            // a quoted message's header line with an address: its own segment, so that a
                            // professional's own address there can be told apart (see isProfessionalsContactDetail)
                            TextSegment header = new TextSegment(line.strip(), Location.of(DocumentPart.MAIL_BODY,
                                    join(paragraphWhere, "kopregel " + ++headerLines)));
                            texts.add(header);
                            headers.add(header);
                        } else {
                            rest.append(line).append('\n');
                        }
                    }
                    if (!rest.isEmpty() && !rest.toString().isBlank()) {
                        texts.add(new TextSegment(headerLines == 0 ? paragraph.strip() : rest.toString().strip(),
                                Location.of(DocumentPart.MAIL_BODY, paragraphWhere)));
                    }
                }
            }
            if (!signature.block().isBlank()) {
                // Lines about the family are never the sender's own details: they are screened as usual.
                String sender = Signature.senderLines(signature.block());
                String family = Signature.familyLines(signature.block());
                if (!sender.isBlank()) {
                    TextSegment block = new TextSegment(sender.strip(), Location.of(DocumentPart.MAIL_BODY,
                            join(where, "ondertekening")));
                    texts.add(block);
                    signatures.add(block);
                }
                if (!family.isBlank()) {
                    texts.add(new TextSegment(family.strip(), Location.of(DocumentPart.MAIL_BODY,
                            join(where, "alinea " + ++paragraphs))));
                }
            }
            if (!signature.after().isBlank()) {
                bodyText(signature.after(), where);
            }
        }

        MailScreeningReport finish() {
            List<Attachment> docx = List.copyOf(docxByHash.values());
            for (Attachment other : cardLike) {
                problems.add(problem(Category.NOT_DOCX, DocumentPart.ATTACHMENT, other.where,
                        "De bijlage " + maskedName(other.fileName) + " is geen Word-document: " + NOT_DOCX_ADVICE
                                + (docx.isEmpty() ? "." : ", en stuur alleen de kaart mee.")));
            }
            if (docx.isEmpty() && cardLike.isEmpty()) {
                problems.add(problem(Category.NO_CARD, DocumentPart.MAIL, "",
                        "Er is geen Veiligheidskaart bijgevoegd: " + NOT_DOCX_ADVICE + "."));
            }
            if (docx.size() > 1) {
                problems.add(problem(Category.MULTIPLE_CARDS, DocumentPart.MAIL, "", "Er zijn " + docx.size()
                        + " Word-documenten bijgevoegd; stuur per e-mail precies één Veiligheidskaart."));
            }
            List<ScreeningReport> reports = new ArrayList<>();
            Optional<CardContent> cardContent = Optional.empty();
            int cardYear = Year.now(clock).getValue();
            for (Attachment card : docx.subList(0, Math.min(docx.size(), MAX_CARDS_SCREENED))) {
                CardScreeningService.CardScreening screening = cards.screenWithContent(card.fileName, card.content);
                reports.add(screening.report());
                if (cardContent.isEmpty()) {
                    cardContent = screening.content();
                    cardYear = screening.report().facts().flatMap(f -> f.cardDate()).map(LocalDate::getYear)
                            .orElse(cardYear);
                }
            }
            CardContent context = cardContent.orElseGet(() -> new CardContent(List.of(), Map.of(), Set.of()));
            List<Finding> findings = new ArrayList<>(cards.detectAll(texts, new ScreeningContext(context, cardYear)));
            findings.removeIf(f -> isProfessionalsContactDetail(f, context));
            findings.addAll(problems);
            MailScreeningReport report = new MailScreeningReport(withoutRepeats(findings), reports);
            LOG.fine(() -> "screened mail: " + parts + " parts, " + docx.size() + " cards, " + report.verdict());
            return report;
        }

        /**
         * The sender signs with their name, function and work phone or address. A phone number or e-mail address in
         * a signature block that names one of the professionals on the card's cover (Inbrenger, Vaste deelnemer,
         * Gedragsdeskundige) is theirs, as it may be on the cover itself; anything else in it is screened as usual.
         */
        private boolean isProfessionalsContactDetail(Finding finding, CardContent card) {
            if (finding.category() != Category.PHONE && finding.category() != Category.EMAIL) {
                return false;
            }
            Set<String> surnames = Signature.professionalSurnames(card);
            return !surnames.isEmpty() && (signatures.stream().anyMatch(block -> block.location()
                    .equals(finding.location()) && Signature.names(block.text(), surnames))
                    || finding.category() == Category.EMAIL && headers.stream().anyMatch(line -> line.location()
                    .equals(finding.location()) && QuotedHeaderLine.holdsProfessionalsOwnAddress(line.text(), surnames)));
        }

        private Finding problem(Category category, DocumentPart part, String where, String dutchReason) {
            return new Finding(category, Location.of(part, where), dutchReason, "mail-screening");
        }
    }

    /** The same data found in the text and the HTML version of a body is reported once. */
    private static List<Finding> withoutRepeats(List<Finding> findings) {
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            String key = finding.category() + "|" + finding.location().documentPart() + "|" + finding.maskedExcerpt();
            if (seen.add(key)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private record Attachment(String fileName, String where, byte[] content) {
    }

    private static boolean isSignature(Part part) throws MessagingException {
        return part.isMimeType("application/pkcs7-signature") || part.isMimeType("application/x-pkcs7-signature")
                || part.isMimeType("application/pgp-signature");
    }

    private String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (IOException | RuntimeException unknownCharset) {
            // An unknown or broken charset: read the bytes as UTF-8 below.
        }
        return new String(readBounded(part), StandardCharsets.UTF_8);
    }

    private byte[] readBounded(Part part) throws MessagingException, IOException {
        long limit = cards.limits().maxInputBytes() + 1;
        try (InputStream in = part.getInputStream()) {
            // One byte over the limit is enough for the card screening to refuse it as too large.
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
        if (name == null) {
            return "";
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (IOException | RuntimeException undecodable) {
            // keep the raw name
        }
        return name.strip();
    }

    /** "Veiligheidskaart_Sanne_Jansen.docx" as "Veiligheidskaart Sanne Jansen.docx", so that words stand apart. */
    private static String readableName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1).replace('_', ' ');
    }

    private static String maskedName(String fileName) {
        return fileName.isEmpty() ? "zonder naam" : "'" + Masker.mask(readableName(fileName)) + "'";
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String baseType(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String join(String where, String detail) {
        return where.isEmpty() ? detail : where + ", " + detail;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
