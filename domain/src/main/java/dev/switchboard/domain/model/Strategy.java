package dev.switchboard.domain.model;

/** How a pool picks the next rep. */
public enum Strategy {
    /** Members take turns in their listed order, one lead each. */
    ROUND_ROBIN
}
