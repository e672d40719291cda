package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoMeetingTypes implements MeetingTypes {

    @Document("meetingTypes")
    record MeetingTypeDocument(
            @Id String id,
            String name,
            int durationMinutes,
            int slotIntervalMinutes,
            int bufferBeforeMinutes,
            int bufferAfterMinutes,
            int minimumNoticeMinutes,
            int horizonDays,
            Integer maxPerDay,
            String location) {

        static MeetingTypeDocument of(MeetingType t) {
            return new MeetingTypeDocument(
                    t.id().value(),
                    t.name(),
                    t.durationMinutes(),
                    t.slotIntervalMinutes(),
                    t.bufferBeforeMinutes(),
                    t.bufferAfterMinutes(),
                    t.minimumNoticeMinutes(),
                    t.horizonDays(),
                    t.maxPerDay(),
                    t.location());
        }

        MeetingType toMeetingType() {
            return new MeetingType(
                    new MeetingTypeId(id),
                    name,
                    durationMinutes,
                    slotIntervalMinutes,
                    bufferBeforeMinutes,
                    bufferAfterMinutes,
                    minimumNoticeMinutes,
                    horizonDays,
                    maxPerDay,
                    location);
        }
    }

    private final MongoTemplate mongo;

    MongoMeetingTypes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(MeetingType type) {
        mongo.insert(MeetingTypeDocument.of(type));
    }

    @Override
    public boolean replace(MeetingType type, Integer expectedVersion) {
        return mongo.updateFirst(
                                Revisions.at(type.id().value(), expectedVersion),
                                Revisions.replacing(mongo, MeetingTypeDocument.of(type), java.util.Set.of()),
                                MeetingTypeDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public java.util.Map<MeetingTypeId, Integer> versions(java.util.Collection<MeetingTypeId> ids) {
        java.util.Map<MeetingTypeId, Integer> versions = new java.util.HashMap<>();
        Revisions.of(
                        mongo,
                        MeetingTypeDocument.class,
                        ids.stream().map(MeetingTypeId::value).toList())
                .forEach((id, version) -> versions.put(new MeetingTypeId(id), version));
        return versions;
    }

    @Override
    public Optional<MeetingType> byId(MeetingTypeId id) {
        return Optional.ofNullable(mongo.findById(id.value(), MeetingTypeDocument.class))
                .map(MeetingTypeDocument::toMeetingType);
    }

    @Override
    public java.util.Map<MeetingTypeId, MeetingType> byIds(java.util.Collection<MeetingTypeId> ids) {
        List<String> keys = ids.stream().map(MeetingTypeId::value).distinct().toList();
        java.util.Map<MeetingTypeId, MeetingType> found = new java.util.HashMap<>();
        mongo.find(
                        Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .in(keys)),
                        MeetingTypeDocument.class)
                .forEach(document -> {
                    MeetingType type = document.toMeetingType();
                    found.put(type.id(), type);
                });
        return found;
    }

    @Override
    public List<MeetingType> all() {
        return mongo.find(new Query().with(Sort.by("name")), MeetingTypeDocument.class).stream()
                .map(MeetingTypeDocument::toMeetingType)
                .toList();
    }

    @Override
    public Slice<MeetingType> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byText(new Query(), "name", after, limit), MeetingTypeDocument.class),
                MeetingTypeDocument::toMeetingType,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), MeetingTypeDocument.class);
    }
}
