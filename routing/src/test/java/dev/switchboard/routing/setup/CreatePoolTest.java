package dev.switchboard.routing.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.InMemoryPools;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatePoolTest {

    private final InMemoryReps reps = new InMemoryReps();
    private final InMemoryPools pools = new InMemoryPools();
    private final CreateRep createRep = new CreateRep(reps);
    private final CreatePool createPool = new CreatePool(pools, reps);

    private Rep rep(String name) {
        return createRep.create(new CreateRepCommand(
                name, new EmailAddress(name.toLowerCase() + "@sales.example"), ZoneId.of("Europe/Paris")));
    }

    @Test
    void a_pool_keeps_its_members_in_rotation_order() {
        Rep ana = rep("Ana");
        Rep ben = rep("Ben");

        Pool pool = createPool.create(new CreatePoolCommand(
                "Inbound", null, List.of(new PoolMember(ben.id(), 1), new PoolMember(ana.id(), 2))));

        assertThat(pool.strategy()).isEqualTo(Strategy.ROUND_ROBIN);
        assertThat(pool.repIds()).containsExactly(ben.id(), ana.id());
        assertThat(pools.byId(pool.id())).contains(pool);
    }

    @Test
    void a_member_naming_an_unknown_rep_is_rejected_on_that_member() {
        Rep ana = rep("Ana");

        assertThatThrownBy(() -> createPool.create(new CreatePoolCommand(
                        "Inbound", null, List.of(new PoolMember(ana.id(), 1), new PoolMember(new RepId("ghost"), 1)))))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("members[1].repId");
                });
        assertThat(pools.all()).isEmpty();
    }

    @Test
    void a_pool_needs_a_name_and_members_each_listed_once() {
        Rep ana = rep("Ana");

        assertThatThrownBy(() -> new CreatePoolCommand(" ", null, List.of(new PoolMember(ana.id(), 1))))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new CreatePoolCommand("Inbound", null, List.of()))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("members"));
        assertThatThrownBy(() -> new CreatePoolCommand(
                        "Inbound", null, List.of(new PoolMember(ana.id(), 1), new PoolMember(ana.id(), 3))))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.field()).isEqualTo("members[1].repId");
                });
    }

    @Test
    void two_reps_cannot_share_an_email() {
        rep("Ana");

        assertThatThrownBy(() -> rep("Ana")).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(e.field()).isEqualTo("email");
        });
    }
}
