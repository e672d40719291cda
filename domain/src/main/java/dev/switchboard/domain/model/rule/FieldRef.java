package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.InputRejected;

/**
 * The field a condition tests: a lead field, or a custom attribute by key.
 *
 * @param attributeKey set exactly when {@code field} is {@link LeadField#ATTRIBUTE}
 */
public record FieldRef(LeadField field, String attributeKey) {

    public FieldRef {
        if (field == null) {
            throw InputRejected.required("field");
        }
        if (field == LeadField.ATTRIBUTE) {
            attributeKey = new Attribute(attributeKey, null).key();
        } else {
            attributeKey = null;
        }
    }

    public static FieldRef of(LeadField field) {
        return new FieldRef(field, null);
    }

    public static FieldRef attribute(String key) {
        return new FieldRef(LeadField.ATTRIBUTE, key);
    }

    public FieldType type() {
        return field.type();
    }

    @Override
    public String toString() {
        return field == LeadField.ATTRIBUTE
                ? "attribute " + attributeKey
                : field.name().toLowerCase().replace('_', ' ');
    }
}
