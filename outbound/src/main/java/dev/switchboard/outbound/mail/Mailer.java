package dev.switchboard.outbound.mail;

/** Where mail leaves Switchboard (an SMTP server), as outbound sees it. */
public interface Mailer {

    /**
     * Sends one mail.
     *
     * @throws NotSent when the mail server did not take it (down, refused, a bad address); the mail is tried again
     */
    void send(Mail mail);

    /** The mail server did not take a mail. */
    final class NotSent extends RuntimeException {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
