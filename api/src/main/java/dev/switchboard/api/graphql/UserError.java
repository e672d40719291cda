package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import java.util.List;

/** An expected failure, returned as data in a payload. */
record UserError(ErrorCode code, String field, String message) {

    static List<UserError> of(InputRejected rejected) {
        return List.of(new UserError(rejected.code(), rejected.field(), rejected.getMessage()));
    }

    static List<UserError> of(InputsRejected rejected) {
        return rejected.faults().stream()
                .map(f -> new UserError(f.code(), f.field(), f.getMessage()))
                .toList();
    }
}
