package dev.switchboard.scheduling.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZoneIdsTest {

    @Test
    void an_iana_id_names_its_zone() {
        assertThat(TimeZoneIds.of("Europe/London")).contains(ZoneId.of("Europe/London"));
    }

    @Test
    void a_windows_name_from_outlook_names_the_iana_zone_it_stands_for_whatever_its_case_or_quotes() {
        assertThat(TimeZoneIds.of("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZoneIds.of("\"Pacific Standard Time\"")).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeZoneIds.of("gmt standard time")).contains(ZoneId.of("Europe/London"));
        assertThat(TimeZoneIds.of("Pacific Standard Time (Mexico)")).contains(ZoneId.of("America/Tijuana"));
    }

    @Test
    void an_iana_id_behind_a_vendor_prefix_names_its_zone() {
        assertThat(TimeZoneIds.of("/mozilla.org/20050126_1/Europe/London")).contains(ZoneId.of("Europe/London"));
        assertThat(TimeZoneIds.of("/softwarestudio.org/Olson_20011030_5/America/Argentina/Buenos_Aires"))
                .contains(ZoneId.of("America/Argentina/Buenos_Aires"));
    }

    @Test
    void a_name_that_is_none_of_these_names_no_zone() {
        assertThat(TimeZoneIds.of("Customized Time Zone")).isEmpty();
        assertThat(TimeZoneIds.of("")).isEmpty();
        assertThat(TimeZoneIds.of(null)).isEmpty();
    }

    @Test
    void every_windows_name_known_maps_to_a_zone_this_jdk_knows() {
        assertThat(TimeZoneIds.windows()).hasSizeGreaterThan(130);
        assertThat(TimeZoneIds.windows().values())
                .allSatisfy(zone -> assertThat(ZoneId.getAvailableZoneIds()).contains(zone.getId()));
    }
}
