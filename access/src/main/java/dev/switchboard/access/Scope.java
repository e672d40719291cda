package dev.switchboard.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an integrator's API key may do; an admin picks them when creating the key. The GraphQL API names each by
 * its constant ({@code LEADS_READ}); {@link #scopeName()} is the name docs and stored keys use.
 */
public enum Scope {
    /** Read leads, decisions, claim queues. */
    LEADS_READ("leads:read"),
    /** Submit, re-assign, convert leads. */
    LEADS_WRITE("leads:write"),
    /** Read the setup: reps, pools, routers, forms, accounts, meeting types, availability, slots. */
    SETUP_READ("setup:read"),
    /** Change the setup. */
    SETUP_WRITE("setup:write"),
    /** Read Prometheus metrics at /actuator/prometheus. */
    METRICS_READ("metrics:read"),
    /**
     * Register, change, delete webhooks and replay their deliveries, and list them: what a CRM integration needs
     * to receive events without {@code admin}. A webhook receives every event's data and may point at any URL.
     */
    WEBHOOKS_WRITE("webhooks:write"),
    /** Everything an admin may do, users and keys included. */
    ADMIN("admin");

    private final String name;

    Scope(String name) {
        this.name = name;
    }

    /** The name clients write, e.g. {@code leads:read}. */
    public String scopeName() {
        return name;
    }

    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name)).findFirst();
    }
}
