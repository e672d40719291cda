package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An operator asks a running instance which version and commit it is, without signing in. */
class VersionInfoApiTest extends ApiTest {

    @Test
    void actuator_info_says_which_version_and_which_commit_runs() {
        var response = GraphQlClient.anonymous(port).get("/actuator/info");
        JsonNode info = JsonMapper.builder().build().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(info.at("/build/artifact").asString()).isEqualTo("switchboard-api");
        assertThat(info.at("/build/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.at("/build/time").asString()).isNotBlank();
        if (Files.exists(repositoryRoot().resolve(".git"))) {
            // A build from a source archive has no .git and says no commit; a clone always does.
            assertThat(info.at("/git/commit/id").asString()).as(info.toString()).matches("[0-9a-f]{7,40}");
            assertThat(info.at("/git/branch").isMissingNode())
                    .as(info.toString())
                    .isFalse();
        }
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }
}
