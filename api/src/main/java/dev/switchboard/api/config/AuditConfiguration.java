package dev.switchboard.api.config;

import dev.switchboard.access.audit.AuditLog;
import dev.switchboard.api.audit.ActorInterceptor;
import dev.switchboard.api.audit.Actors;
import dev.switchboard.api.audit.AuditMutations;
import dev.switchboard.api.audit.AuditTargets;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Qualifications;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.Webhooks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log of admin changes: one instrumentation around every admin mutation, and who the actor is. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The signed-in user or API key, as sign-in established it. */
    @Bean
    Actors actors() {
        return Actors.signedIn();
    }

    @Bean
    ActorInterceptor actorInterceptor(Actors actors) {
        return new ActorInterceptor(actors);
    }

    @Bean
    AuditTargets auditTargets(
            Pools pools,
            Reps reps,
            Forms forms,
            Routers routers,
            Accounts accounts,
            MeetingTypes meetingTypes,
            Qualifications qualifications,
            Availabilities availabilities,
            Assignments assignments,
            Webhooks webhooks,
            Deliveries deliveries) {
        return new AuditTargets(
                pools,
                reps,
                forms,
                routers,
                accounts,
                meetingTypes,
                qualifications,
                availabilities,
                assignments,
                webhooks,
                deliveries);
    }

    @Bean
    AuditMutations auditMutations(AuditLog log, AuditTargets targets, Clock clock) {
        return new AuditMutations(log, targets, clock);
    }
}
