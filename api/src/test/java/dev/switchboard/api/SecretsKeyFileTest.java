package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded database kept in a file, the key for stored secrets is made once beside it, for its owner only. */
class SecretsKeyFileTest {

    @TempDir
    Path dataDir;

    private RunningApp start(Map<String, Object> more) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "switchboard.embedded-mongo.storage",
                "file",
                "switchboard.embedded-mongo.file",
                dataDir.resolve("switchboard.mv").toString()));
        properties.putAll(more);
        return RunningApp.start(properties);
    }

    @Test
    void a_password_stored_before_a_restart_still_opens_after_it_and_another_key_stops_the_start() throws Exception {
        CalendarConnection dav =
                new CalendarConnection.CalDav(URI.create("https://dav.example/ana/"), "ana", "dav-password");
        String ana;
        try (RunningApp app = start(Map.of())) {
            ana = new Workspace(app.graphQl()).rep("Ana");
            app.bean(CalendarConnections.class).connect(new RepId(ana), dav);
        }
        Path key = dataDir.resolve("secrets.key");
        assertThat(key).exists();
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(key))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        try (RunningApp app = start(Map.of())) {
            assertThat(app.bean(CalendarConnections.class).of(new RepId(ana))).contains(dav);
        }
        assertThatThrownBy(
                        () -> start(Map.of("switchboard.secrets.key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                                .close())
                .hasStackTraceContaining("Set switchboard.secrets.key to the key they were stored with");
        assertThatThrownBy(() ->
                        start(Map.of("switchboard.secrets.key", "too-short")).close())
                .hasStackTraceContaining("switchboard.secrets.key");
    }
}
