package nl.vhkgateway.e2e.console;

import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.e2e.RunningGateway;

/** Mails cards to the running gateway for the console tests, as a vaste deelnemer (or a stranger) would. */
final class ConsoleMail {

    static final String INTAKE = "veiligheidsteam@gateway.test";
    static final String HANDOVER = "overdracht@gateway.test";

    private ConsoleMail() {
    }

    static void send(RunningGateway gateway, String from, String to, byte[] docx, String subject) throws Exception {
        MimeMessage message = SendDemoCard.cardMessage(gateway.smtpSession(), from, to, docx, "kaart.docx");
        message.setSubject(subject, "UTF-8");
        String password = gateway.accounts().password(from);
        Transport.send(message, from, password);
    }
}
