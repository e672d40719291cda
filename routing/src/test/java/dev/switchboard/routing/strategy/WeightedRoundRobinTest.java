package dev.switchboard.routing.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WeightedRoundRobinTest {

    private static List<String> turns(WeightedRoundRobin rotation, int count) {
        return LongStream.range(0, count)
                .mapToObj(t -> rotation.memberAt(t).repId().value())
                .toList();
    }

    private static PoolMember member(String name, int weight) {
        return new PoolMember(new RepId(name), weight);
    }

    @Test
    void weights_1_1_3_interleave_as_C_A_C_B_C() {
        var rotation = new WeightedRoundRobin(List.of(member("A", 1), member("B", 1), member("C", 3)));

        assertThat(turns(rotation, 10)).containsExactly("C", "A", "C", "B", "C", "C", "A", "C", "B", "C");
    }

    @Test
    void weights_1_1_2_give_the_heavy_member_every_other_turn() {
        var rotation = new WeightedRoundRobin(List.of(member("A", 1), member("B", 1), member("C", 2)));

        assertThat(turns(rotation, 8)).containsExactly("C", "A", "B", "C", "C", "A", "B", "C");
    }

    @Test
    void equal_weights_are_plain_round_robin_in_listed_order() {
        var rotation = new WeightedRoundRobin(List.of(member("A", 1), member("B", 1), member("C", 1)));

        assertThat(turns(rotation, 6)).containsExactly("A", "B", "C", "A", "B", "C");
    }

    @Test
    void over_many_turns_each_member_gets_exactly_its_share() {
        var rotation = new WeightedRoundRobin(List.of(member("A", 5), member("B", 3), member("C", 2)));

        Map<String, Long> counts = turns(rotation, 1000).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("A", 500L, "B", 300L, "C", 200L));
    }

    @Test
    void no_member_gets_two_turns_in_a_row_while_a_lighter_one_waits_longer_than_its_share() {
        var rotation = new WeightedRoundRobin(List.of(member("A", 2), member("B", 2), member("C", 1)));

        assertThat(turns(rotation, 5)).containsExactly("A", "B", "C", "A", "B");
    }
}
