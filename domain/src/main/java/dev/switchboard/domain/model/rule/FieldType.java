package dev.switchboard.domain.model.rule;

/** What kind of value a lead field holds; it decides which operators a condition may use on it. */
public enum FieldType {
    TEXT,
    NUMBER
}
