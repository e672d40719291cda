package dev.switchboard.api.config;

import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.CalendarConsents;
import dev.switchboard.domain.port.ConsentStates;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.connect.ConnectCalendar;
import dev.switchboard.scheduling.connect.DisconnectCalendar;
import dev.switchboard.scheduling.connect.FinishCalendarConsent;
import dev.switchboard.scheduling.connect.ServiceAccountKey;
import dev.switchboard.scheduling.connect.StartCalendarConsent;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases that connect reps' calendars. */
@Configuration(proxyBeanMethods = false)
class CalendarConnectionsConfiguration {

    @Bean
    ConnectCalendar connectCalendar(
            Reps reps, CalendarConnections connections, Optional<ServiceAccountKey> googleServiceAccountKey) {
        return new ConnectCalendar(reps, connections, googleServiceAccountKey.orElse(null));
    }

    @Bean
    DisconnectCalendar disconnectCalendar(Reps reps, CalendarConnections connections) {
        return new DisconnectCalendar(reps, connections);
    }

    @Bean
    StartCalendarConsent startCalendarConsent(Reps reps, ConsentStates states, CalendarConsents consents, Clock clock) {
        return new StartCalendarConsent(reps, states, consents, clock);
    }

    @Bean
    FinishCalendarConsent finishCalendarConsent(
            ConsentStates states, CalendarConsents consents, CalendarConnections connections, Clock clock) {
        return new FinishCalendarConsent(states, consents, connections, clock);
    }
}
