package dev.switchboard.domain.model;

/** Identity of a {@link Pool}: an opaque string, a random UUID when made here. */
public record PoolId(String value) {

    public PoolId {
        value = Ids.check("poolId", value);
    }

    public static PoolId random() {
        return new PoolId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
