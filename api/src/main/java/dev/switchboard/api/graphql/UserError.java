package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.util.List;

/** An expected failure, returned as data in a payload. */
record UserError(ErrorCode code, String field, String message) {

    static List<UserError> of(InputRejected rejected) {
        return List.of(new UserError(rejected.code(), rejected.field(), rejected.getMessage()));
    }
}
