package dev.switchboard.routing.bulk;

import java.util.List;

/** How the rows of one kind are checked and stored, a batch at a time. */
sealed interface RowImport permits RepRows, AccountRows, LeadRows {

    /**
     * Checks each row on its own and stores the good ones in as few writes as the ports allow, keyed so that a row
     * imported again finds what it stored the first time: counts each row into {@code tally} once.
     */
    void importRows(List<JsonRow> rows, BatchTally tally);
}
