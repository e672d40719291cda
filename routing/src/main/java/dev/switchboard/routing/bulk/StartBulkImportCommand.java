package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;

/**
 * A bulk import to start: the kind of its rows and the file, one JSON object a line. Checked on building: a kind,
 * a file that is not empty and within {@link StartBulkImport#MAX_CHARACTERS}. The rows are checked later, each on
 * its own, by the worker.
 */
public record StartBulkImportCommand(BulkImportKind kind, String content) {

    public StartBulkImportCommand {
        if (kind == null) {
            throw InputRejected.required("kind");
        }
        if (content == null || content.isBlank()) {
            throw new InputRejected(
                    ErrorCode.REQUIRED, "content", "the file is empty: it needs one JSON object a line");
        }
        if (content.length() > StartBulkImport.MAX_CHARACTERS) {
            throw new InputRejected(
                    ErrorCode.TOO_LONG,
                    "content",
                    "the file is longer than " + StartBulkImport.MAX_CHARACTERS + " characters; split it");
        }
    }
}
