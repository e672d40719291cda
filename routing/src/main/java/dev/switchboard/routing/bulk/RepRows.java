package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rep rows, keyed by email: {@code name}, {@code email}, {@code timeZone} (an IANA id) and optionally
 * {@code active}. A row whose email a rep has updates that rep's name and time zone (and status when given); its
 * away period is kept. A new rep is active unless the row says otherwise.
 */
final class RepRows implements RowImport {

    static final Set<String> FIELDS = Set.of("name", "email", "timeZone", "active");

    private record Read(int line, Rep rep, Boolean active) {}

    private final Reps reps;

    RepRows(Reps reps) {
        this.reps = reps;
    }

    @Override
    public void importRows(List<JsonRow> rows, BatchTally tally) {
        List<Read> reads = new ArrayList<>();
        Map<EmailAddress, Integer> lines = new HashMap<>();
        for (JsonRow row : rows) {
            String key = row.keyText("email");
            try {
                row.only(FIELDS);
                String email = row.text("email");
                EmailAddress address = email == null ? null : new EmailAddress(email);
                Boolean active = row.bool("active");
                Rep rep = new Rep(
                        RepId.random(),
                        row.text("name"),
                        address,
                        row.text("timeZone") == null ? null : Rep.zone("timeZone", row.text("timeZone")),
                        active == null || active,
                        null);
                Integer earlier = lines.putIfAbsent(rep.email(), row.line());
                if (earlier != null) {
                    throw new InputRejected(ErrorCode.DUPLICATE, "email", rep.email() + " is on line " + earlier);
                }
                reads.add(new Read(row.line(), rep, active));
            } catch (InputRejected rejected) {
                tally.failed(row.line(), key, rejected);
            }
        }
        Map<EmailAddress, Rep> known = reps.byEmails(lines.keySet());
        List<Rep> added = new ArrayList<>();
        List<Rep> replaced = new ArrayList<>();
        Map<RepId, Read> byId = new HashMap<>();
        for (Read read : reads) {
            Rep stored = known.get(read.rep().email());
            if (stored == null) {
                added.add(read.rep());
                byId.put(read.rep().id(), read);
                continue;
            }
            Rep rep = new Rep(
                    stored.id(),
                    read.rep().name(),
                    read.rep().email(),
                    read.rep().timeZone(),
                    read.active() == null ? stored.active() : read.active(),
                    stored.awayUntil());
            if (rep.equals(stored)) {
                tally.unchanged();
            } else {
                replaced.add(rep);
                byId.put(rep.id(), new Read(read.line(), rep, read.active()));
            }
        }
        Set<RepId> refused = reps.storeAll(added, replaced);
        for (Rep rep : added) {
            count(rep, refused, byId, tally, true);
        }
        for (Rep rep : replaced) {
            count(rep, refused, byId, tally, false);
        }
    }

    private static void count(Rep rep, Set<RepId> refused, Map<RepId, Read> byId, BatchTally tally, boolean added) {
        if (refused.contains(rep.id())) {
            tally.failed(
                    byId.get(rep.id()).line(),
                    rep.email().value(),
                    ErrorCode.DUPLICATE,
                    "email",
                    "another rep has the email " + rep.email());
        } else if (added) {
            tally.created();
        } else {
            tally.updated();
        }
    }
}
