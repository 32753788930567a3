package nl.vhkgateway.application;

import jakarta.mail.Session;

import java.util.Properties;

/**
 * The one mail {@link Session} for parsing and composing messages (no server settings, no authenticator). Creating a
 * Session scans the class path for mail providers and address maps; doing that per message cost about a fifth of
 * the intake's CPU time per card (issue 13, JFR profile), so every parse and compose shares this one. A Session
 * without properties is immutable in use and safe to share between threads.
 */
public final class MailSessions {

    private static final Session PLAIN = Session.getInstance(new Properties());

    private MailSessions() {
    }

    /** The shared session for parsing and composing (never for connecting to a server). */
    public static Session plain() {
        return PLAIN;
    }
}
