package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How one batch's rows went, counted as they are decided; the errors in line order. */
final class BatchTally {

    private int created;
    private int updated;
    private int unchanged;
    private final List<RowError> errors = new ArrayList<>();

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    void unchanged() {
        unchanged++;
    }

    void failed(int line, String key, InputRejected reason) {
        errors.add(new RowError(line, key, reason.field(), reason.code(), reason.getMessage()));
    }

    void failed(int line, String key, ErrorCode code, String field, String message) {
        errors.add(new RowError(line, key, field, code, message));
    }

    BulkImportCounts counts() {
        return new BulkImportCounts(0, created, updated, unchanged, errors.size());
    }

    List<RowError> errors() {
        return errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList();
    }
}
