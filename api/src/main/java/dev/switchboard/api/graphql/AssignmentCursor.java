package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.AssignmentPosition;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque cursors over lists of assignments ordered by decision time; clients pass them back unread. */
final class AssignmentCursor {

    private static final String PREFIX = "assignment:";

    private AssignmentCursor() {
    }

    static String encode(AssignmentPosition position) {
        String plain = PREFIX + position.decidedAt() + "|" + position.id().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static AssignmentPosition decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an assignment cursor");
            }
            String[] parts = plain.substring(PREFIX.length()).split("\\|", 2);
            return new AssignmentPosition(Instant.parse(parts[0]), new AssignmentId(parts[1]));
        } catch (RuntimeException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "after", "after is not a cursor this list gave out");
        }
    }
}
