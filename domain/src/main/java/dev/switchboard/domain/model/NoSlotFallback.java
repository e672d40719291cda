package dev.switchboard.domain.model;

/**
 * What the widget shows when no meeting slot can be offered: a message, or a message naming the rep who will get in
 * touch ({@code {rep}} in it stands for the assigned rep's name).
 */
public record NoSlotFallback(Mode mode, Localized message) {

    public enum Mode {
        MESSAGE,
        CONTACT_BY_REP
    }

    public NoSlotFallback {
        if (mode == null) {
            throw InputRejected.required("mode");
        }
        message = message == null ? Localized.NONE : message;
    }
}
