package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.port.SlotPolicies;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One document per pool that set a slot policy; a pool with none excludes unknown members. */
@Component
class MongoSlotPolicies implements SlotPolicies {

    @Document("slotPolicies")
    record SlotPolicyDocument(@Id String id, String whenUnknown) {}

    private final MongoTemplate mongo;

    MongoSlotPolicies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public WhenAvailabilityUnknown whenUnknown(PoolId pool) {
        SlotPolicyDocument document = mongo.findById(pool.value(), SlotPolicyDocument.class);
        return document == null
                ? WhenAvailabilityUnknown.EXCLUDE
                : WhenAvailabilityUnknown.valueOf(document.whenUnknown());
    }

    @Override
    public void setWhenUnknown(PoolId pool, WhenAvailabilityUnknown policy) {
        mongo.upsert(
                Query.query(where("_id").is(pool.value())),
                new Update().set("whenUnknown", policy.name()),
                SlotPolicyDocument.class);
    }
}
