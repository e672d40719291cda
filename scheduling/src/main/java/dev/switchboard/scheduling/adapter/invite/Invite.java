package dev.switchboard.scheduling.adapter.invite;

import java.util.Objects;

/**
 * An iTIP message (RFC 5546) about one meeting, ready to be mailed as a {@code text/calendar} part (RFC 6047).
 *
 * @param method   {@code REQUEST} or {@code CANCEL}
 * @param uid      the meeting's UID, the same in every message about it
 * @param sequence the meeting's revision; a calendar applies the message with the highest
 * @param text     the VCALENDAR, lines ending in CRLF
 */
public record Invite(String method, String uid, int sequence, String text) {

    public Invite {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(text, "text");
    }

    /** The MIME type of the mail part; mail clients show the invite's buttons by its {@code method}. */
    public String contentType() {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }
}
