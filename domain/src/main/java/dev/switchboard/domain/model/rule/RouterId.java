package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a router, the same for all its versions. */
public record RouterId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    public RouterId {
        value = Text.required("routerId", value, 64);
        if (!SAFE.matcher(value).matches()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "routerId", "routerId has characters an id cannot have");
        }
    }

    public static RouterId random() {
        return new RouterId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
