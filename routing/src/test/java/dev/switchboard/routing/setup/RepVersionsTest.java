package dev.switchboard.routing.setup;

import static dev.switchboard.routing.World.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.World;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepVersionsTest {

    private final World world = new World();
    private final UpdateRep updateRep = new UpdateRep(world.reps);
    private final SetRepStatus setRepStatus = new SetRepStatus(world.reps);

    private int version() {
        return world.reps.versions(List.of(A)).get(A);
    }

    @Test
    void each_change_counts_the_version_up_from_zero() {
        assertThat(version()).isZero();

        updateRep.update(A, new RepChanges(Change.to("Ana"), Change.keep(), Change.keep(), 0));
        setRepStatus.set(A, false, null);

        assertThat(version()).isEqualTo(2);
    }

    @Test
    void of_two_edits_made_from_one_version_the_second_is_stale_and_stores_nothing() {
        updateRep.update(A, new RepChanges(Change.to("Ana"), Change.keep(), Change.keep(), 0));

        assertThatThrownBy(() -> updateRep.update(
                        A, new RepChanges(Change.keep(), Change.keep(), Change.to(ZoneId.of("Asia/Tokyo")), 0)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STALE);
                    assertThat(e.field()).isEqualTo("expectedVersion");
                });
        assertThat(world.reps.byId(A).orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void an_edit_without_a_version_lands_whatever_the_version_and_an_unknown_rep_is_not_found() {
        setRepStatus.set(A, true, null);

        assertThat(updateRep
                        .update(A, new RepChanges(Change.to("Ana"), Change.keep(), Change.keep()))
                        .name())
                .isEqualTo("Ana");
        assertThatThrownBy(() -> updateRep.update(
                        new RepId("nobody"), new RepChanges(Change.to("X"), Change.keep(), Change.keep(), 0)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
