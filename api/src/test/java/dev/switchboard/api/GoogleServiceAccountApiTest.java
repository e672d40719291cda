package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** An operator's service-account key file lets admins connect reps' Google calendars by their Workspace account. */
class GoogleServiceAccountApiTest {

    private static final String PEM =
            "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n";

    @TempDir
    Path dir;

    @Test
    void a_rep_connected_through_the_configured_service_account_shows_the_subject_and_the_key_stays_configuration()
            throws Exception {
        Path keyFile = dir.resolve("google-sa.json");
        Files.writeString(keyFile, """
                {"type": "service_account", "project_id": "acme", "private_key_id": "k1",
                 "private_key": "%s", "client_email": "switchboard@acme.iam.gserviceaccount.com", "client_id": "1234"}""".formatted(PEM));
        try (RunningApp app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage",
                "memory",
                "switchboard.google.service-account.key-file",
                keyFile.toString()))) {
            String ana = new Workspace(app.graphQl()).rep("Ana");

            JsonNode payload = app.graphQl()
                    .execute(
                            CalendarsApiTest.CONNECT,
                            Map.of(
                                    "input",
                                    Map.of(
                                            "repId",
                                            ana,
                                            "googleServiceAccount",
                                            Map.of("subject", "ana@acme.example"))))
                    .at("/data/connectCalendar");

            assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
            assertThat(payload.at("/rep/calendar/kind").asString()).isEqualTo("GOOGLE");
            assertThat(payload.at("/rep/calendar/googleAccess").asString()).isEqualTo("SERVICE_ACCOUNT");
            assertThat(payload.at("/rep/calendar/subject").asString()).isEqualTo("ana@acme.example");
            assertThat(payload.at("/rep/calendar/calendarId").asString()).isEqualTo("primary");
            assertThat(payload.toString()).doesNotContain("PRIVATE KEY");
            assertThat(app.bean(CalendarConnections.class).of(new RepId(GlobalIds.storedId(ana))))
                    .contains(new CalendarConnection.Google(
                            "primary",
                            new CalendarConnection.ServiceAccount(
                                    "switchboard@acme.iam.gserviceaccount.com",
                                    PEM.replace("\\n", "\n"),
                                    "ana@acme.example")));
        }
    }
}
