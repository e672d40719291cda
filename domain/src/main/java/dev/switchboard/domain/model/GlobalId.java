package dev.switchboard.domain.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The id an object is known by outside Switchboard: its type and the id it is stored by, written as
 * {@code base64url(type + ":" + id)} without padding (as GitHub's and Shopify's APIs do). The API answers it for
 * every object it shows ({@code api.graphql.GlobalIds}, which also knows which types are GraphQL Nodes) and the events
 * published carry it in their {@code data} (webhooks, subscriptions): this record is the one place that writes and
 * reads the form, so the two cannot drift apart. Clients are told it is opaque; only Switchboard reads it back.
 *
 * @param type the object's type as the API names it ({@code Lead}, {@code Rep}, {@code Pool} ...): letters only
 * @param id   the id the object is stored by
 */
public record GlobalId(String type, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX = 1000;

    public GlobalId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!isName(type)) {
            throw new IllegalArgumentException("a global id's type is a name of letters: " + type);
        }
    }

    public static GlobalId of(LeadId lead) {
        return new GlobalId("Lead", lead.value());
    }

    public static GlobalId of(RepId rep) {
        return new GlobalId("Rep", rep.value());
    }

    public static GlobalId of(PoolId pool) {
        return new GlobalId("Pool", pool.value());
    }

    public static GlobalId of(FormId form) {
        return new GlobalId("Form", form.value());
    }

    public static GlobalId of(AssignmentId assignment) {
        return new GlobalId("Assignment", assignment.value());
    }

    public static GlobalId of(MeetingTypeId meetingType) {
        return new GlobalId("MeetingType", meetingType.value());
    }

    /** A booking's, by the id it is stored by (events name bookings by that text). */
    public static GlobalId ofBooking(String bookingId) {
        return new GlobalId("Booking", bookingId);
    }

    /** The id as clients see it and send it back. */
    public String value() {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value();
    }

    /**
     * The type and stored id {@code text} names, when it is exactly the encoding of a type name, a colon and a
     * non-empty id; empty for anything else (a stored id, padding, a made-up text, a name, an email address). Which
     * types exist is for the reader to check.
     */
    public static Optional<GlobalId> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX || text.contains("=")) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
        int colon = plain.indexOf(':');
        if (colon <= 0 || colon == plain.length() - 1) {
            return Optional.empty();
        }
        String type = plain.substring(0, colon);
        // Base64 lets a last character carry bits no encoder writes: only the exact encoding reads as an id.
        if (!isName(type) || !ENCODER.encodeToString(bytes).equals(text)) {
            return Optional.empty();
        }
        return Optional.of(new GlobalId(type, plain.substring(colon + 1)));
    }

    private static boolean isName(String type) {
        if (type.isEmpty()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }
}
