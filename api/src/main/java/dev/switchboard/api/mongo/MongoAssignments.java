package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.port.Assignments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Component
class MongoAssignments implements Assignments {

    private final MongoTemplate mongo;

    MongoAssignments(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AssignmentDocument.class).createIndex(new Index("leadId", Sort.Direction.ASC).unique().named("leadId_unique"));
    }

    @Override
    public void add(Assignment assignment) {
        try {
            mongo.insert(AssignmentDocument.of(assignment));
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "leadId", "lead " + assignment.leadId() + " is already assigned");
        }
    }

    @Override
    public Optional<Assignment> forLead(LeadId lead) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("leadId").is(lead.value())), AssignmentDocument.class))
                .map(AssignmentDocument::toAssignment);
    }

    @Override
    public Map<LeadId, Assignment> forLeads(Collection<LeadId> leads) {
        List<String> keys = leads.stream().map(LeadId::value).distinct().toList();
        return mongo.find(Query.query(where("leadId").in(keys)), AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .collect(Collectors.toMap(Assignment::leadId, Function.identity()));
    }
}
