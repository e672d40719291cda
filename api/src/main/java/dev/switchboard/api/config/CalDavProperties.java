package dev.switchboard.api.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the CalDAV and ICS feed adapters reach reps' calendars.
 *
 * @param timeout        the longest wait for one answer from a calendar server, once connected
 * @param connectTimeout the longest wait for a connection to a calendar server
 * @param floatingZone   the zone of floating times and all-day events in calendars that name none
 * @param ics            ICS feeds only
 */
@ConfigurationProperties("switchboard.calendars")
public record CalDavProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("UTC") ZoneId floatingZone,
        @DefaultValue Ics ics) {

    /**
     * @param cachedFeeds how many parsed feeds one app instance keeps to answer "not modified" from
     * @param maxSize     the largest feed read
     */
    public record Ics(
            @DefaultValue("256") int cachedFeeds,
            @DefaultValue("10MB") DataSize maxSize) {}
}
