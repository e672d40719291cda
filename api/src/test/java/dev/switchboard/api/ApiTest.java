package dev.switchboard.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole app on a random port, on the embedded MongoDB (in memory) over its wire protocol, reached
 * through real HTTP. Subclasses share one app: each test builds the reps and pools it needs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.embedded-mongo.storage=memory",
            "switchboard.demo.enabled=false",
            "switchboard.sla.enabled=false",
            "switchboard.intake.recovery.enabled=false",
            "switchboard.admin.email=" + GraphQlClient.ADMIN_EMAIL,
            "switchboard.admin.password=" + GraphQlClient.ADMIN_PASSWORD,
            "switchboard.security.metrics-key=" + ApiTest.METRICS_KEY,
            "switchboard.security.widget-per-address=100000",
            "switchboard.security.anonymous-per-address=100000",
            "switchboard.security.sign-in-per-address=100000"
        })
abstract class ApiTest {

    static final String METRICS_KEY = "a-prometheus-scrape-key-for-tests";

    @LocalServerPort
    int port;

    GraphQlClient graphQl;
    Workspace workspace;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlClient(port);
        workspace = new Workspace(graphQl);
    }
}
