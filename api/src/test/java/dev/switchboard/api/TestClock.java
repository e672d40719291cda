package dev.switchboard.api;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The clock of every app the tests start in this JVM (through {@link RunningApp} or {@code @SpringBootTest}), shared
 * with the tests, so a test reads the app's "now" from here and never from the system clock.
 * <p>
 * It ticks at the real rate from the run's starting point: the moment the run began, or the instant given as
 * {@code -Dswitchboard.test.now=2026-12-05T23:30:00Z} to run the whole suite at a chosen moment (a Friday night, a
 * daylight saving change). A test whose scenario needs a kind of moment (a weekday's working hours) sets the clock
 * back to the latest such moment with {@link #setBackTo}; after each test it resumes the run's own time.
 * <p>
 * Moves go back only: an app that has seen a time keeps what it stamped then (its event feed's position, leases), and a
 * clock that later ran behind them would hold them up for the tests that follow.
 */
public final class TestClock extends Clock {

    /** The system property that sets the run's starting point, an ISO-8601 instant. */
    public static final String NOW = "switchboard.test.now";

    private static final TestClock APP = new TestClock(startingPoint());

    private record Anchor(Instant at, long nanos) {

        Instant now() {
            return at.plusNanos(System.nanoTime() - nanos);
        }
    }

    private final Anchor run;
    private volatile Anchor current;

    private TestClock(Instant start) {
        this.run = new Anchor(start, System.nanoTime());
        this.current = run;
    }

    private static Instant startingPoint() {
        String given = System.getProperty(NOW);
        Instant start = given == null || given.isBlank() ? Instant.now() : Instant.parse(given.trim());
        // So a failure seen at some hour can be replayed at that hour.
        System.out.println(
                "The apps under test run on a clock started at " + start + " (replay: -D" + NOW + "=" + start + ")");
        return start;
    }

    /** The clock the apps under test run on. */
    public static TestClock app() {
        return APP;
    }

    /** Where this run's own time started. */
    public Instant start() {
        return run.at();
    }

    @Override
    public Instant instant() {
        return current.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock app = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return app.withZone(other);
            }

            @Override
            public Instant instant() {
                return app.instant();
            }
        };
    }

    /** Sets the clock back to {@code moment}, from where it ticks on; refuses a moment ahead of the run's own time. */
    public void setBackTo(Instant moment) {
        if (moment.isAfter(run.now())) {
            throw new IllegalArgumentException(
                    moment + " is ahead of the run's time " + run.now() + ": the clock only goes back");
        }
        current = new Anchor(moment, System.nanoTime());
    }

    /** Sets the clock back to the latest {@code day} at {@code time} in {@code zone} before the run's own time. */
    public void setBackTo(DayOfWeek day, LocalTime time, ZoneId zone) {
        ZonedDateTime now = run.now().atZone(zone);
        ZonedDateTime moment = now.with(TemporalAdjusters.previousOrSame(day)).with(time);
        setBackTo((moment.isAfter(now) ? moment.minusWeeks(1).with(time) : moment).toInstant());
    }

    /** Sets the clock back by {@code amount}: what happens next happened that long ago once the clock resumes. */
    public void setBack(Duration amount) {
        setBackTo(instant().minus(amount));
    }

    /** Back to the run's own time. */
    public void resume() {
        current = run;
    }

    /** Makes the apps a context starts run on {@link #app()}, ahead of the system clock the app would take. */
    public static final class Install implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context)
                    .registerBean("testClock", Clock.class, TestClock::app, definition -> definition.setPrimary(true));
        }
    }

    /** Resumes the run's own time after each test, so a test's move never reaches the next one. */
    public static final class ResumeAfterEach implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            APP.resume();
        }
    }
}
