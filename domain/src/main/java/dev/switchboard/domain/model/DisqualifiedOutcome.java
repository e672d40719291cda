package dev.switchboard.domain.model;

/** What a disqualified prospect sees: the message, or the page they are sent to when {@code redirectUrl} is set. */
public record DisqualifiedOutcome(Localized message, String redirectUrl) {

    public DisqualifiedOutcome {
        message = message == null ? Localized.NONE : message;
        redirectUrl = WebAddress.check("redirectUrl", redirectUrl);
    }
}
