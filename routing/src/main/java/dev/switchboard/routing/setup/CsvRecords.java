package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text read as RFC 4180 has it: fields in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""}); lines end in CRLF or LF. Each record keeps the line it starts on, so an error
 * can point at the line a person sees in their spreadsheet. Blank lines are skipped.
 */
record CsvRecords(List<CsvRecords.Line> lines) {

    /** One record: the line it starts on (the first line is 1) and its fields as written, unquoted. */
    record Line(int number, List<String> fields) {}

    /**
     * Reads the text; a quote left open is {@code INVALID_FORMAT} on {@code field}, naming the line it opened on.
     */
    static CsvRecords read(String text, String field) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        int quoteOpenedOn = 0;
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // a byte order mark, as spreadsheets write one
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
                quoteOpenedOn = line;
            } else if (c == ',') {
                fields.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(cell.toString());
                add(lines, recordStart, fields);
                fields = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, field, "line " + quoteOpenedOn + " opens a quote that is never closed");
        }
        fields.add(cell.toString());
        add(lines, recordStart, fields);
        return new CsvRecords(List.copyOf(lines));
    }

    private static void add(List<Line> lines, int number, List<String> fields) {
        boolean blank = fields.stream().allMatch(f -> f.isBlank());
        if (!blank) {
            lines.add(new Line(number, List.copyOf(fields)));
        }
    }
}
