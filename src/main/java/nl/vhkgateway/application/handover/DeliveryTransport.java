package nl.vhkgateway.application.handover;

/**
 * How a handover may travel when the partner has no S/MIME certificate: in plain MIME only when the gateway's SMTP
 * connection is TLS, unless configured otherwise ({@code vhk.handover.require-tls-without-smime}, true by
 * default; false only in the demo). Note that TLS protects the hop to the gateway's own mail server; S/MIME
 * protects the card end to end. Immutable.
 *
 * @param requireTlsWithoutSmime refuse a handover to a partner without certificate unless the SMTP connection is TLS
 * @param smtpUsesTls            the gateway's SMTP connection uses TLS or a required STARTTLS
 */
public record DeliveryTransport(boolean requireTlsWithoutSmime, boolean smtpUsesTls) {

    /** True when a card may be sent unencrypted to a partner without certificate. */
    public boolean allowsPlainDelivery() {
        return !requireTlsWithoutSmime || smtpUsesTls;
    }
}
