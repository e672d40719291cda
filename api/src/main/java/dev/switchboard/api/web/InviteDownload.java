package dev.switchboard.api.web;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.scheduling.adapter.invite.Invite;
import dev.switchboard.scheduling.adapter.invite.InviteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The prospect's invite as an {@code .ics} file, as it stands now (a REQUEST, or a CANCEL once cancelled). The
 * link carries the booking's unguessable invite token: the id alone gives nothing, and a wrong token is answered
 * as an unknown booking.
 */
@Controller
class InviteDownload {

    private final Bookings bookings;
    private final InviteWriter invites;

    InviteDownload(Bookings bookings, InviteWriter invites) {
        this.bookings = bookings;
        this.invites = invites;
    }

    @GetMapping("/bookings/{id}/invite.ics")
    ResponseEntity<byte[]> invite(@PathVariable String id, @RequestParam(required = false) String token) {
        Optional<Booking> found;
        try {
            found = bookings.byId(new BookingId(id));
        } catch (InputRejected e) {
            found = Optional.empty();
        }
        if (found.isEmpty()
                || token == null
                || !MessageDigest.isEqual(
                        found.get().inviteToken().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Booking booking = found.get();
        Invite invite = booking.cancelled()
                ? invites.cancelled(booking.event())
                : booking.sequence() > 0 ? invites.rescheduled(booking.event()) : invites.booked(booking.event());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(invite.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(invite.text().getBytes(StandardCharsets.UTF_8));
    }
}
