package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarConnection.CalDav;
import dev.switchboard.domain.model.calendar.CalendarConnection.Google;
import dev.switchboard.domain.model.calendar.CalendarConnection.IcsFeed;
import dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken;
import dev.switchboard.domain.model.calendar.CalendarConnection.ServiceAccount;
import dev.switchboard.persistence.secrets.Secrets;
import java.net.URI;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Calendar connections against the embedded server over the wire protocol: secrets sealed at rest. */
class MongoCalendarConnectionsTest {

    private static final String KEY = Secrets.newKey();
    private static final String PEM =
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;

    private final MongoCalendarConnections connections = new MongoCalendarConnections(mongo, Secrets.withKey(KEY));
    private final RepId ana = RepId.random();
    private final RepId ben = RepId.random();
    private final RepId cat = RepId.random();
    private final RepId dan = RepId.random();

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("connections");
        mongo = database.template();
    }

    @AfterEach
    void empty() {
        mongo.dropCollection("calendar_connections");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void each_kind_of_connection_comes_back_as_it_was_connected_in_one_read() {
        CalendarConnection oauth = new Google("primary", new OAuthRefreshToken("1//ana-refresh-token"));
        CalendarConnection delegated = new Google(
                "ben@acme.example", new ServiceAccount("sb@project.iam.gserviceaccount.com", PEM, "ben@acme.example"));
        CalendarConnection dav = new CalDav(URI.create("https://dav.example/cat/work/"), "cat", "cat-dav-password");
        CalendarConnection feed = new IcsFeed(URI.create("https://outlook.example/dan.ics"));
        connections.connect(ana, oauth);
        connections.connect(ben, delegated);
        connections.connect(cat, dav);
        connections.connect(dan, feed);

        assertThat(connections.of(List.of(ana, ben, cat, dan, RepId.random())))
                .containsOnlyKeys(ana, ben, cat, dan)
                .containsEntry(ana, oauth)
                .containsEntry(ben, delegated)
                .containsEntry(cat, dav)
                .containsEntry(dan, feed);
        assertThat(connections.of(ana)).contains(oauth);
    }

    @Test
    void no_secret_is_stored_in_clear() {
        connections.connect(ana, new Google("primary", new OAuthRefreshToken("1//ana-refresh-token")));
        connections.connect(
                ben,
                new Google(
                        "primary", new ServiceAccount("sb@project.iam.gserviceaccount.com", PEM, "ben@acme.example")));
        connections.connect(cat, new CalDav(URI.create("https://dav.example/cat/work/"), "cat", "cat-dav-password"));

        List<String> raw = mongo.findAll(Document.class, "calendar_connections").stream()
                .map(Document::toJson)
                .toList();

        assertThat(raw).hasSize(3);
        assertThat(String.join("\n", raw))
                .doesNotContain("ana-refresh-token")
                .doesNotContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
                .doesNotContain("cat-dav-password")
                .contains("v1:")
                // what admins see stays readable
                .contains("https://dav.example/cat/work/")
                .contains("ben@acme.example");
    }

    @Test
    void connecting_again_replaces_the_connection_and_disconnecting_forgets_it() {
        connections.connect(ana, new CalDav(URI.create("https://dav.example/ana/"), "ana", "old-password"));
        connections.connect(ana, new IcsFeed(URI.create("https://outlook.example/ana.ics")));

        assertThat(connections.of(ana)).contains(new IcsFeed(URI.create("https://outlook.example/ana.ics")));
        assertThat(mongo.findAll(Document.class, "calendar_connections").get(0).toJson())
                .doesNotContain("secret");

        connections.disconnect(ana);
        connections.disconnect(ana);
        assertThat(connections.of(ana)).isEmpty();
    }

    @Test
    void stored_secrets_without_a_key_or_with_another_key_stop_the_start_with_a_clear_message() {
        connections.connect(ana, new Google("primary", new OAuthRefreshToken("1//ana-refresh-token")));

        assertThatThrownBy(
                        () -> new MongoCalendarConnections(mongo, Secrets.none("switchboard.secrets.key is not set")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("switchboard.secrets.key is not set");
        assertThatThrownBy(() -> new MongoCalendarConnections(mongo, Secrets.withKey(Secrets.newKey())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set switchboard.secrets.key");
    }

    @Test
    void without_a_key_a_feed_still_connects_and_a_secret_is_refused() {
        MongoCalendarConnections keyless =
                new MongoCalendarConnections(mongo, Secrets.none("switchboard.secrets.key is not set"));

        keyless.connect(dan, new IcsFeed(URI.create("https://outlook.example/dan.ics")));

        assertThat(keyless.of(dan)).isPresent();
        assertThatThrownBy(() -> keyless.connect(cat, new CalDav(URI.create("https://dav.example/cat/"), "cat", "pw")))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONFIGURED));
        assertThat(keyless.of(cat)).isEmpty();
    }
}
