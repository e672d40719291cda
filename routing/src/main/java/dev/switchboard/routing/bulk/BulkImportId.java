package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.Text;
import java.util.UUID;

/** A bulk import operation's id. */
public record BulkImportId(String value) {

    public BulkImportId {
        value = Text.required("id", value, 64);
    }

    public static BulkImportId random() {
        return new BulkImportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
