package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.routing.bulk.BulkImportCounts;
import dev.switchboard.routing.bulk.BulkImportId;
import dev.switchboard.routing.bulk.BulkImportKind;
import dev.switchboard.routing.bulk.BulkImportOperation;
import dev.switchboard.routing.bulk.BulkImports;
import dev.switchboard.routing.bulk.RowError;
import dev.switchboard.routing.bulk.StartBulkImport;
import dev.switchboard.routing.bulk.StartBulkImportCommand;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Bulk imports: started here, worked in the background, polled here. */
@Controller
class BulkImportController {

    record StartBulkImportInput(BulkImportKind kind, String content) {}

    record BulkImportView(
            String id,
            BulkImportKind kind,
            String state,
            BulkImportCounts counts,
            List<RowError> rowErrors,
            String failure,
            Instant createdAt,
            Instant finishedAt) {
        static BulkImportView of(BulkImportOperation o) {
            return new BulkImportView(
                    o.id().value(),
                    o.kind(),
                    o.state().name(),
                    o.counts(),
                    o.rowErrors(),
                    o.failure(),
                    o.createdAt(),
                    o.finishedAt());
        }
    }

    record StartBulkImportPayload(BulkImportView operation, List<UserError> errors) {}

    private final StartBulkImport startBulkImport;
    private final BulkImports imports;

    BulkImportController(StartBulkImport startBulkImport, BulkImports imports) {
        this.startBulkImport = startBulkImport;
        this.imports = imports;
    }

    @MutationMapping
    StartBulkImportPayload startBulkImport(@Argument StartBulkImportInput input) {
        try {
            BulkImportOperation started = startBulkImport.start(
                    new StartBulkImportCommand(input.kind(), GlobalIds.storedIdsIn(input.content())));
            return new StartBulkImportPayload(BulkImportView.of(started), List.of());
        } catch (InputRejected rejected) {
            return new StartBulkImportPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    BulkImportView bulkImport(@Argument String id) {
        BulkImportId key;
        try {
            key = new BulkImportId(id);
        } catch (InputRejected notAnId) {
            return null;
        }
        return imports.byId(key).map(BulkImportView::of).orElse(null);
    }
}
