package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.Calendars;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalDavConfigurationApiTest extends ApiTest {

    @Autowired
    List<Calendars> calendars;

    @Test
    void the_running_app_has_a_calendars_adapter_for_caldav_and_one_for_ics_feeds() {
        CalendarConnection calDav =
                new CalendarConnection.CalDav(URI.create("https://dav.example.test/alice/work/"), "alice", "x");
        CalendarConnection feed = new CalendarConnection.IcsFeed(URI.create("https://example.test/alice.ics"));

        assertThat(calendars).filteredOn(adapter -> adapter.supports(calDav)).hasSize(1);
        assertThat(calendars).filteredOn(adapter -> adapter.supports(feed)).hasSize(1);
    }
}
