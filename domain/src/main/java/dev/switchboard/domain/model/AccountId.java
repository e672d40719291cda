package dev.switchboard.domain.model;

/** Identity of an {@link Account}. */
public record AccountId(String value) {

    public AccountId {
        value = Ids.check("accountId", value);
    }

    public static AccountId random() {
        return new AccountId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
