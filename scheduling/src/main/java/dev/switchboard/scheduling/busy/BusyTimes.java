package dev.switchboard.scheduling.busy;

import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.CalendarHealth;
import dev.switchboard.domain.port.Calendars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reps' busy time from their outside calendars, for slots.
 * <p>
 * Each rep's calendar is read through the first {@link Calendars} adapter that supports the rep's
 * connection; a rep with no connection (or {@code None}) is busy never. Reads of different reps run
 * in parallel on the given executor and the whole lookup waits at most {@code timeout}: a calendar
 * that fails ({@link CalendarFault}), has no adapter, or does not answer in time makes that rep's
 * availability <em>unknown</em>, with the reason, and never fails the lookup.
 * <p>
 * What was read is kept per rep for {@code ttl} (by the injected clock) and reused by any lookup within
 * the range read, so one slot query reads each rep's calendar at most once and a widget paging through
 * a week does not read it again; a read still under way is shared too, and a failure is kept for the
 * same time so a failing calendar is not hammered. {@link #invalidate} drops a rep's entry, e.g. after
 * a booking. The cache is this instance's own: another instance may answer from its own for up to {@code ttl}.
 */
public final class BusyTimes {

    private static final System.Logger LOG = System.getLogger(BusyTimes.class.getName());

    /** Entries beyond this are swept of expired ones, then dropped wholesale if still too many. */
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(
            CalendarConnection connection,
            ZoneId zone,
            Instant from,
            Instant to,
            Instant readAt,
            CompletableFuture<List<Interval>> busy) {

        boolean serves(
                CalendarConnection wanted, ZoneId wantedZone, Instant start, Instant end, Instant now, Duration ttl) {
            return connection.equals(wanted)
                    && zone.equals(wantedZone)
                    && !from.isAfter(start)
                    && !to.isBefore(end)
                    && now.isBefore(readAt.plus(ttl));
        }
    }

    private final CalendarConnections connections;
    private final List<Calendars> adapters;
    private final Clock clock;
    private final Duration ttl;
    private final Duration timeout;
    private final Executor executor;
    private final CalendarHealth health;
    private final Map<RepId, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param adapters every calendar adapter there is; a connection none supports leaves the rep unknown
     * @param ttl      how long a read is reused
     * @param timeout  how long one lookup waits for all its calendars together
     * @param executor runs calendar reads; bounded, since each read may hold a thread for up to an adapter's own timeout
     */
    public BusyTimes(
            CalendarConnections connections,
            List<Calendars> adapters,
            Clock clock,
            Duration ttl,
            Duration timeout,
            Executor executor) {
        this(connections, adapters, clock, ttl, timeout, executor, CalendarHealth.NONE);
    }

    /** @param health where each read's outcome is kept, so admins see a failing calendar without a booking failing */
    public BusyTimes(
            CalendarConnections connections,
            List<Calendars> adapters,
            Clock clock,
            Duration ttl,
            Duration timeout,
            Executor executor,
            CalendarHealth health) {
        this.health = Objects.requireNonNull(health, "health");
        this.connections = connections;
        this.adapters = List.copyOf(adapters);
        this.clock = clock;
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.executor = executor;
    }

    /**
     * The busy time of {@code reps} overlapping [{@code from}, {@code to}), each rep's calendar read at most once, its
     * times without a zone (floating times, all-day dates) read in the rep's own zone.
     */
    public BusyTime between(Collection<Rep> reps, Instant from, Instant to) {
        Map<RepId, CalendarConnection> connected =
                connections.of(reps.stream().map(Rep::id).toList());
        Instant now = clock.instant();
        Map<RepId, List<Interval>> busy = new LinkedHashMap<>();
        Map<RepId, String> unknown = new LinkedHashMap<>();
        Map<RepId, CompletableFuture<List<Interval>>> reads = new LinkedHashMap<>();
        for (Rep member : reps) {
            RepId rep = member.id();
            CalendarConnection connection = connected.get(rep);
            if (connection == null || connection instanceof CalendarConnection.None) {
                busy.put(rep, List.of());
                continue;
            }
            Calendars adapter = adapterFor(connection);
            if (adapter == null) {
                unknown.put(rep, "no calendar adapter reads " + kind(connection) + " calendars here");
                continue;
            }
            reads.put(rep, read(member, connection, adapter, from, to, now));
        }
        // The deadline is wall-clock waiting, not domain time, hence nanoTime rather than the clock.
        long deadline = System.nanoTime() + timeout.toNanos();
        reads.forEach((rep, read) -> {
            try {
                busy.put(rep, read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                unknown.put(rep, "the calendar did not answer within " + timeout.toMillis() + " ms");
                // Kept now, so a calendar that hangs shows as failing; the read, when it ends, keeps its own outcome.
                record(rep, unknown.get(rep));
            } catch (ExecutionException e) {
                unknown.put(rep, reason(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unknown.put(rep, "interrupted while reading the calendar");
            }
        });
        return new BusyTime(busy, unknown);
    }

    /** Forgets what was read of the rep's calendar, so the next lookup reads it afresh. */
    public void invalidate(RepId rep) {
        cache.remove(rep);
    }

    private CompletableFuture<List<Interval>> read(
            Rep rep, CalendarConnection connection, Calendars adapter, Instant from, Instant to, Instant now) {
        if (cache.size() >= MAX_ENTRIES) {
            sweep(now);
        }
        // One atomic step per rep, so concurrent queries missing the cache together still start a single read.
        return cache.compute(
                        rep.id(),
                        (id, cached) -> cached != null && cached.serves(connection, rep.timeZone(), from, to, now, ttl)
                                ? cached
                                : new Entry(
                                        connection,
                                        rep.timeZone(),
                                        from,
                                        to,
                                        now,
                                        start(rep, adapter, connection, from, to)))
                .busy();
    }

    private CompletableFuture<List<Interval>> start(
            Rep rep, Calendars adapter, CalendarConnection connection, Instant from, Instant to) {
        CompletableFuture<List<Interval>> read;
        try {
            read = CompletableFuture.supplyAsync(
                    () -> List.copyOf(adapter.busy(connection, from, to, rep.timeZone())), executor);
        } catch (RejectedExecutionException e) {
            read = CompletableFuture.failedFuture(
                    new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "too many calendar reads under way"));
        }
        // Logged once per read, not per lookup: a failure is kept as long as a success and served from the cache.
        return read.whenComplete((busy, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (failure != null) {
                logFailure(rep.id(), connection, cause);
            }
            record(rep.id(), cause == null ? null : reason(cause));
        });
    }

    /** Keeping the health must never fail a read: a database hiccup here only loses one health update. */
    private void record(RepId rep, String error) {
        try {
            health.read(rep, clock.instant(), error);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "rep " + rep.value() + ", calendar health not kept: " + e.getMessage());
        }
    }

    /**
     * The rep and the cause, for whoever runs the app: the reason the adapters give names the calendar's host,
     * never its full address (a feed's address is its password) nor credentials, so it may be logged as it is.
     */
    private static void logFailure(RepId rep, CalendarConnection connection, Throwable failure) {
        LOG.log(
                System.Logger.Level.WARNING,
                "rep " + rep.value() + ", " + kind(connection) + " calendar, availability unknown: " + reason(failure));
    }

    private void sweep(Instant now) {
        for (Iterator<Entry> entries = cache.values().iterator(); entries.hasNext(); ) {
            if (!now.isBefore(entries.next().readAt().plus(ttl))) {
                entries.remove();
            }
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
    }

    private Calendars adapterFor(CalendarConnection connection) {
        for (Calendars adapter : adapters) {
            if (adapter.supports(connection)) {
                return adapter;
            }
        }
        return null;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof CalendarFault fault) {
            return "the calendar could not be read (" + fault.kind() + "): " + fault.getMessage();
        }
        // Adapters should fail only with CalendarFault; anything else is still this rep's problem alone.
        return "the calendar could not be read: " + failure.getClass().getSimpleName();
    }

    private static String kind(CalendarConnection connection) {
        if (connection instanceof CalendarConnection.Google) {
            return "Google";
        }
        if (connection instanceof CalendarConnection.CalDav) {
            return "CalDAV";
        }
        return "ICS feed";
    }
}
