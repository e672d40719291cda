package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Widget keys are rate-limited per client address (and per key): past the limit a request is answered 429. */
class WidgetRateLimitTest {

    @Test
    void the_fourth_request_in_a_minute_from_one_address_is_refused_with_429_and_the_real_wait_until_the_next() {
        try (RunningApp app = RunningApp.start(
                Map.of("switchboard.embedded-mongo.storage", "memory", "switchboard.security.widget-per-address", 3))) {
            Workspace workspace = new Workspace(app.graphQl());
            String form = workspace.queueForm(workspace.pool("Limited", List.of(workspace.rep("Lim"))), "SHARK_TANK");
            int port = Integer.parseInt(
                    app.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port"));
            String key = new Principals(port, app.graphQl()).widgetKey(form);
            GraphQlClient widget = GraphQlClient.withKey(port, key, Principals.WIDGET_ORIGIN);

            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            // The form's shortening counts like any widget request: it is the one a scraper of known emails would
            // repeat.
            for (int i = 0; i < 4; i++) {
                last = widget.send(
                        i == 0
                                ? "{\"query\":\"{ me { kind } }\"}"
                                : "{\"query\":\"{ formShortening(input: {email: \\\"a" + i
                                        + "@b.example\\\"}) { skipFields } }\"}");
                statuses.add(last.statusCode());
            }

            assertThat(statuses).containsExactly(200, 200, 200, 429);
            assertThat(last.body()).contains("RATE_LIMITED");
            // Three a minute refill one request every 20 s: the wait is at most that, never a flat minute.
            assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1, 20);
            assertThat(last.body())
                    .contains("try again in "
                            + last.headers().firstValue("Retry-After").orElseThrow() + " s");
        }
    }
}
