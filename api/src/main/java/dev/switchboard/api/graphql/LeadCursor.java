package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque cursors over the newest-first list of leads; clients pass them back unread. */
final class LeadCursor {

    private static final String PREFIX = "lead:";

    private LeadCursor() {
    }

    static String encode(LeadPosition position) {
        String plain = PREFIX + position.submittedAt().toEpochMilli() + ":" + position.id().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static LeadPosition decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a lead cursor");
            }
            String[] parts = plain.substring(PREFIX.length()).split(":", 2);
            return new LeadPosition(Instant.ofEpochMilli(Long.parseLong(parts[0])), new LeadId(parts[1]));
        } catch (RuntimeException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "after", "after is not a cursor this list gave out");
        }
    }
}
