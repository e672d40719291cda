package dev.switchboard.routing.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One batch of a bulk import's file as stored: its lines from {@code firstLine} on, in order. A line longer than
 * {@link StartBulkImport#MAX_LINE_CHARACTERS} is stored as null and read as a row error; a blank line is no row.
 */
public record ImportChunk(int index, int firstLine, List<String> lines) {

    public ImportChunk {
        lines = Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** The rows of this chunk (blank lines left out). */
    public int rows() {
        return (int) lines.stream().filter(l -> l == null || !l.isBlank()).count();
    }
}
