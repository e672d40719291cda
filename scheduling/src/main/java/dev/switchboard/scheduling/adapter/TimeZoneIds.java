package dev.switchboard.scheduling.adapter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The zone a TZID names, as calendars really write them: an IANA id ({@code Europe/London}), a Windows name
 * from Outlook or Exchange ({@code W. Europe Standard Time}, mapped as the Unicode CLDR does), or an IANA id
 * behind a vendor prefix ({@code /mozilla.org/20050126_1/Europe/London}, older Lightning and Evolution).
 */
final class TimeZoneIds {

    private static final Map<String, ZoneId> WINDOWS = windowsNames();

    private TimeZoneIds() {}

    /** The zone {@code tzid} names, or empty when it is none of the forms above. */
    static Optional<ZoneId> of(String tzid) {
        if (tzid == null) {
            return Optional.empty();
        }
        String id = tzid.trim();
        if (id.length() > 1 && id.startsWith("\"") && id.endsWith("\"")) {
            id = id.substring(1, id.length() - 1).trim();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> known = iana(id);
        if (known.isPresent()) {
            return known;
        }
        ZoneId windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return Optional.of(windows);
        }
        String[] segments = id.split("/");
        // "America/Argentina/Buenos_Aires" has three segments, most ids two.
        for (int take = 3; take >= 2; take--) {
            if (segments.length > take) {
                Optional<ZoneId> tail =
                        iana(String.join("/", Arrays.copyOfRange(segments, segments.length - take, segments.length)));
                if (tail.isPresent()) {
                    return tail;
                }
            }
        }
        return Optional.empty();
    }

    /** Every Windows name known, lower-cased, with its zone: for the spec that each is a zone Java knows. */
    static Map<String, ZoneId> windows() {
        return WINDOWS;
    }

    private static Optional<ZoneId> iana(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, ZoneId> windowsNames() {
        Map<String, ZoneId> names = new TreeMap<>();
        try (InputStream in = TimeZoneIds.class.getResourceAsStream("windows-zones.txt")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.txt is missing from the scheduling jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int equals = line.lastIndexOf('=');
                if (line.isBlank() || line.startsWith("#") || equals < 0) {
                    continue;
                }
                names.put(
                        line.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                        ZoneId.of(line.substring(equals + 1).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
