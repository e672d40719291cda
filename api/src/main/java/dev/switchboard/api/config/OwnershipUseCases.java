package dev.switchboard.api.config;

import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.routing.ownership.AcceptLead;
import dev.switchboard.routing.ownership.ClaimLead;
import dev.switchboard.routing.ownership.ReassignLead;
import dev.switchboard.routing.ownership.ReassignOverdueLeads;
import dev.switchboard.routing.setup.SetPoolAvailabilityFirst;
import dev.switchboard.routing.setup.SetPoolSla;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases for what happens to a lead after its routing decision, wired to the MongoDB adapters. */
@Configuration(proxyBeanMethods = false)
class OwnershipUseCases {

    @Bean
    ClaimLead claimLead(Assignments assignments, Pools pools, Reps reps, Events events, Clock clock) {
        return new ClaimLead(assignments, pools, reps, events, clock);
    }

    @Bean
    AcceptLead acceptLead(Assignments assignments, Pools pools, Reps reps, Events events, Clock clock) {
        return new AcceptLead(assignments, pools, reps, events, clock);
    }

    @Bean
    ReassignLead reassignLead(Assignments assignments, Reps reps, Events events, Clock clock) {
        return new ReassignLead(assignments, reps, events, clock);
    }

    @Bean
    ReassignOverdueLeads reassignOverdueLeads(
            Assignments assignments,
            Pools pools,
            Reps reps,
            Rotations rotations,
            Tallies tallies,
            Events events,
            Clock clock) {
        return new ReassignOverdueLeads(assignments, pools, reps, rotations, tallies, events, clock);
    }

    @Bean
    SetPoolAvailabilityFirst setPoolAvailabilityFirst(Pools pools, MeetingTypes meetingTypes) {
        return new SetPoolAvailabilityFirst(pools, meetingTypes);
    }

    @Bean
    SetPoolSla setPoolSla(Pools pools, Reps reps) {
        return new SetPoolSla(pools, reps);
    }
}
