package dev.switchboard.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How slot queries read reps' calendars.
 *
 * @param busyCacheTtl         how long a rep's calendar busy time is reused before it is read again
 * @param calendarTimeout      how long one slot query waits for all its calendars; a calendar slower than this is
 *                             "availability unknown" for that query
 * @param calendarReadThreads  calendar reads under way at once, over all queries of this instance
 */
@ConfigurationProperties("switchboard.scheduling")
public record SchedulingProperties(
        @DefaultValue("60s") Duration busyCacheTtl,
        @DefaultValue("5s") Duration calendarTimeout,
        @DefaultValue("16") int calendarReadThreads) {}
