package dev.switchboard.api.config;

import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.intake.RecordConversion;
import dev.switchboard.routing.setup.AddPoolMembers;
import dev.switchboard.routing.setup.DeactivateRep;
import dev.switchboard.routing.setup.DeletePool;
import dev.switchboard.routing.setup.RemovePoolMembers;
import dev.switchboard.routing.setup.SetMemberWeight;
import dev.switchboard.routing.setup.UpdatePool;
import dev.switchboard.routing.setup.UpdateRep;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases that change or remove a pool or its members, change a rep, or feed a strategy, wired to the MongoDB adapters. */
@Configuration(proxyBeanMethods = false)
class PoolUseCases {

    @Bean
    UpdatePool updatePool(Pools pools, Reps reps) {
        return new UpdatePool(pools, reps);
    }

    @Bean
    AddPoolMembers addPoolMembers(Pools pools, Reps reps, UpdatePool updatePool) {
        return new AddPoolMembers(pools, reps, updatePool);
    }

    @Bean
    RemovePoolMembers removePoolMembers(Pools pools, UpdatePool updatePool) {
        return new RemovePoolMembers(pools, updatePool);
    }

    @Bean
    SetMemberWeight setMemberWeight(Pools pools, UpdatePool updatePool) {
        return new SetMemberWeight(pools, updatePool);
    }

    @Bean
    UpdateRep updateRep(Reps reps) {
        return new UpdateRep(reps);
    }

    @Bean
    DeactivateRep deactivateRep(Reps reps) {
        return new DeactivateRep(reps);
    }

    @Bean
    RecordConversion recordConversion(Leads leads, Conversions conversions, Clock clock) {
        return new RecordConversion(leads, conversions, clock);
    }

    @Bean
    DeletePool deletePool(Pools pools, Routers routers, Assignments assignments) {
        return new DeletePool(pools, routers, assignments);
    }
}
