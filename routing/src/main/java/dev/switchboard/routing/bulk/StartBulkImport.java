package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a bulk import: cuts the file into batches of at most {@link #BATCH_LINES} lines, stores them with a
 * QUEUED operation and answers it at once; a background worker ({@link RunBulkImports}) does the rows, so the
 * caller polls the operation. The file as a whole is refused (nothing stored) when it is empty, over
 * {@link #MAX_CHARACTERS} characters or over {@link #MAX_ROWS} rows ({@code TOO_LONG} / {@code OUT_OF_RANGE} on
 * {@code content}); anything wrong with one row is that row's error, later.
 */
public final class StartBulkImport {

    /** The most characters one file may have (about 20 MB of ASCII). */
    public static final int MAX_CHARACTERS = 20_000_000;
    /** The most rows (non-blank lines) one file may have. */
    public static final int MAX_ROWS = 100_000;
    /** The longest line read as a row; a longer one is answered as that row's {@code TOO_LONG} error. */
    public static final int MAX_LINE_CHARACTERS = 100_000;
    /** Lines per batch: the rows checked together and stored in one bulk write. */
    public static final int BATCH_LINES = 1_000;

    private final BulkImports imports;
    private final Clock clock;

    public StartBulkImport(BulkImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    public BulkImportOperation start(StartBulkImportCommand command) {
        List<ImportChunk> chunks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int rows = 0;
        int lineNumber = 0;
        int firstLine = 1;
        String content = command.content();
        int at = 0;
        while (at <= content.length()) {
            int end = content.indexOf('\n', at);
            if (end < 0) {
                end = content.length();
            }
            String line = content.substring(at, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            at = end + 1;
            lineNumber++;
            if (end == content.length() && line.isEmpty()) {
                break;
            }
            if (!line.isBlank()) {
                rows++;
                if (rows > MAX_ROWS) {
                    throw new InputRejected(
                            ErrorCode.OUT_OF_RANGE, "content", "at most " + MAX_ROWS + " rows in one import; split it");
                }
            }
            lines.add(line.length() > MAX_LINE_CHARACTERS ? null : line);
            if (lines.size() == BATCH_LINES) {
                chunks.add(new ImportChunk(chunks.size(), firstLine, lines));
                firstLine = lineNumber + 1;
                lines = new ArrayList<>();
            }
        }
        if (!lines.isEmpty()) {
            chunks.add(new ImportChunk(chunks.size(), firstLine, lines));
        }
        if (rows == 0) {
            throw new InputRejected(
                    ErrorCode.REQUIRED, "content", "the file is empty: it needs one JSON object a line");
        }
        BulkImportOperation operation =
                BulkImportOperation.queued(command.kind(), rows, chunks.size(), clock.instant());
        imports.add(operation, chunks);
        return operation;
    }
}
