package dev.switchboard.domain.model;

import java.util.UUID;

/** Identity of an {@link Account}. */
public record AccountId(String value) {

    public AccountId {
        value = Ids.check("accountId", value);
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
