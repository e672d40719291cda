package dev.switchboard.api.mail;

import dev.switchboard.access.BookingLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The hosted page where a prospect reschedules or cancels their booking ({@code /widget/manage.html}, served from
 * web-admin's jar), opened by the booking's signed link, which holds until the meeting starts.
 *
 * @param publicUrl where prospects reach this app, e.g. {@code https://switchboard.acme.example}
 */
public record ManagePage(String publicUrl, BookingLinks links) {

    public static final String PATH = "/widget/manage.html";

    public ManagePage {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The address that opens the booking's manage page, good until {@code start}. */
    public String link(String bookingId, Instant start) {
        return publicUrl + PATH + "?link=" + URLEncoder.encode(links.sign(bookingId, start), StandardCharsets.UTF_8);
    }
}
