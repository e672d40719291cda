package dev.switchboard.api.config;

import dev.switchboard.scheduling.adapter.caldav.CalDavCalendars;
import dev.switchboard.scheduling.adapter.ics.IcsFeedCalendars;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CalDAV and ICS feed adapters, each a {@link dev.switchboard.domain.port.Calendars} for its kind of connection. */
@Configuration(proxyBeanMethods = false)
class CalDavConfiguration {

    @Bean
    CalDavCalendars calDavCalendars(CalDavProperties properties, Clock clock) {
        return new CalDavCalendars(properties.connectTimeout(), properties.timeout(), properties.floatingZone(), clock);
    }

    @Bean
    IcsFeedCalendars icsFeedCalendars(CalDavProperties properties) {
        return new IcsFeedCalendars(
                properties.connectTimeout(),
                properties.timeout(),
                properties.ics().cachedFeeds(),
                properties.ics().maxSize().toBytes(),
                properties.floatingZone());
    }
}
