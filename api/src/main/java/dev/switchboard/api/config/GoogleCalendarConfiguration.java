package dev.switchboard.api.config;

import dev.switchboard.domain.port.CalendarConsents;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.scheduling.adapter.google.GoogleCalendar;
import dev.switchboard.scheduling.adapter.google.GoogleCalendarSettings;
import dev.switchboard.scheduling.adapter.google.GoogleConsents;
import dev.switchboard.scheduling.connect.ServiceAccountKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Google Calendar adapter, among the {@link Calendars} beans, and Google's consent flow. */
@Configuration(proxyBeanMethods = false)
class GoogleCalendarConfiguration {

    @Bean
    GoogleCalendarSettings googleCalendarSettings(GoogleProperties google) {
        return new GoogleCalendarSettings(
                google.apiRoot(),
                google.tokenEndpoint(),
                google.authEndpoint(),
                google.clientId(),
                google.clientSecret(),
                google.redirectUri(),
                google.connectTimeout(),
                google.readTimeout(),
                google.attempts(),
                google.firstBackoff());
    }

    @Bean
    GoogleCalendar googleCalendar(GoogleCalendarSettings settings, Clock clock) {
        return new GoogleCalendar(settings, clock);
    }

    @Bean
    CalendarConsents googleConsents(GoogleCalendarSettings settings, Clock clock) {
        return new GoogleConsents(settings, clock);
    }

    /** The configured service account, read once at start-up; a key file that cannot be used stops the start. */
    @Bean
    @ConditionalOnProperty("switchboard.google.service-account.key-file")
    ServiceAccountKey googleServiceAccountKey(GoogleProperties google) {
        Path file = google.serviceAccount().keyFile();
        try {
            JsonNode key = JsonMapper.builder().build().readTree(Files.readString(file));
            String email = key.path("client_email").asString(null);
            String pem = key.path("private_key").asString(null);
            if (email == null || pem == null) {
                throw new IllegalStateException("switchboard.google.service-account.key-file " + file
                        + " has no client_email or private_key: use the JSON key file Google hands out");
            }
            return new ServiceAccountKey(email, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read switchboard.google.service-account.key-file " + file, e);
        }
    }
}
