package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.Change;
import org.springframework.graphql.data.ArgumentValue;

/** Reads an input field of a partial update: omitted leaves the field as it is, null is a change too. */
final class Changes {

    private Changes() {}

    static <T> Change<T> of(ArgumentValue<T> value) {
        return value == null || value.isOmitted() ? Change.keep() : Change.to(value.value());
    }
}
