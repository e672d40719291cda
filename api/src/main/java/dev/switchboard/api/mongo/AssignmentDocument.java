package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Document("assignments")
record AssignmentDocument(@Id String id, String leadId, String poolId, String repId, String strategy, long turn,
                          String reason, List<CandidateDocument> candidates, Instant decidedAt, long tookNanos) {

    record CandidateDocument(String repId, int weight, boolean chosen, String skipped) {
    }

    static AssignmentDocument of(Assignment a) {
        return new AssignmentDocument(a.id().value(), a.leadId().value(), a.poolId().value(), a.repId().value(),
                a.strategy().name(), a.turn(), a.reason(),
                a.candidates().stream().map(c -> new CandidateDocument(c.repId().value(), c.weight(), c.chosen(),
                        c.skipped() == null ? null : c.skipped().name())).toList(),
                a.decidedAt(), a.took().toNanos());
    }

    Assignment toAssignment() {
        return new Assignment(new AssignmentId(id), new LeadId(leadId), new PoolId(poolId), new RepId(repId),
                Strategy.valueOf(strategy), turn, reason,
                candidates == null ? List.of() : candidates.stream().map(c -> new Candidate(new RepId(c.repId()), c.weight(),
                        c.chosen(), c.skipped() == null ? null : Candidate.SkipReason.valueOf(c.skipped()))).toList(),
                decidedAt, Duration.ofNanos(tookNanos));
    }
}
