package dev.switchboard.domain.model;

/** What kind of answer a form field takes, and so how it is shown and checked. */
public enum FieldKind {
    TEXT,
    EMAIL,
    PHONE,
    NUMBER,
    SELECT,
    MULTI_SELECT,
    COUNTRY,
    /** A checkbox: the answer is {@code true} or {@code false}. */
    CONSENT,
    /** Not shown: the widget fills it from a URL parameter of the page. */
    HIDDEN;

    boolean choices() {
        return this == SELECT || this == MULTI_SELECT;
    }
}
