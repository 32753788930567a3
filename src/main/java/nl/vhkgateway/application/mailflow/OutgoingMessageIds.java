package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Deterministic Message-IDs for outgoing messages: the same submission, purpose and recipients always give the same
 * id ({@code <vhk.42.forward_voorzitter.3f9a1c0e2b7d4a61@gateway.test>}), so that a message sent again after a
 * crash carries the id of the first copy and receivers can recognise the duplicate. The hash hides the recipient
 * addresses. Stateless, thread-safe.
 */
public final class OutgoingMessageIds {

    private OutgoingMessageIds() {
    }

    public static String of(SubmissionId submission, String purpose, List<MailAddress> recipients, String domain) {
        String recipientList = recipients.stream().map(MailAddress::value).sorted().collect(Collectors.joining(","));
        String digest = ContentHash.of((submission.value() + "|" + purpose + "|" + recipientList)
                .getBytes(StandardCharsets.UTF_8)).hex().substring(0, 16);
        return "<vhk." + submission.value() + "." + purpose.toLowerCase(Locale.ROOT) + "." + digest + "@" + domain + ">";
    }
}
