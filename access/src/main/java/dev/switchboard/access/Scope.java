package dev.switchboard.access;

import java.util.Arrays;
import java.util.Optional;

/** What an integrator's API key may do; an admin picks them when creating the key. */
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
