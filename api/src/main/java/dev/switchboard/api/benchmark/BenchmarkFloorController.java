package dev.switchboard.api.benchmark;

import dev.switchboard.domain.port.FloorWrites;
import org.springframework.context.annotation.Profile;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The benchmark profile's floor: one insert through HTTP, security, GraphQL and the driver (admins only). */
@Controller
@Profile("benchmark")
class BenchmarkFloorController {

    private final FloorWrites floor;

    BenchmarkFloorController(FloorWrites floor) {
        this.floor = floor;
    }

    @MutationMapping
    boolean benchmarkFloor(@Argument String note) {
        floor.insertOne(note == null ? "" : note.substring(0, Math.min(note.length(), 100)));
        return true;
    }
}
