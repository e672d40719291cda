package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.ReplaceOptions;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.DateOverride;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Availabilities;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per rep: weekly windows by day name, overrides, holidays (ISO dates) and time off.
 * Local times are kept as {@code HH:mm} text and dates as {@code yyyy-MM-dd}, which is what they are:
 * wall-clock values with no zone. A document without {@code weekly} (made by adding time off first)
 * stands for the standard hours.
 */
@Component
class MongoAvailabilities implements Availabilities {

    private static final String COLLECTION = "availabilities";
    private static final Logger log = LoggerFactory.getLogger(MongoAvailabilities.class);
    private static final int MAX_WARNED = 10_000;

    /** Reps whose unreadable time off was logged already: once per rep and process is enough. */
    private static final Set<String> warned = ConcurrentHashMap.newKeySet();

    private final MongoTemplate mongo;

    MongoAvailabilities(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void put(RepId rep, Availability availability) {
        Document document = toDocument(availability).append("_id", rep.value());
        mongo.getCollection(COLLECTION)
                .replaceOne(new Document("_id", rep.value()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Availability addTimeOff(RepId rep, TimeOff period) {
        // The cap is in the filter: a full document does not match, and the upsert then collides on _id.
        Query notFull = Query.query(where("_id")
                .is(rep.value())
                .and("timeOff." + (Availability.MAX_TIME_OFF - 1))
                .exists(false));
        Update push = new Update().push("timeOff", timeOff(period));
        try {
            Document updated = mongo.findAndModify(
                    notFull,
                    push,
                    FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class,
                    COLLECTION);
            return toAvailability(updated);
        } catch (DuplicateKeyException full) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "timeOff",
                    "a rep has at most " + Availability.MAX_TIME_OFF + " time-off periods");
        }
    }

    @Override
    public Optional<Availability> of(RepId rep) {
        return Optional.ofNullable(mongo.findById(rep.value(), Document.class, COLLECTION))
                .map(MongoAvailabilities::toAvailability);
    }

    @Override
    public Map<RepId, Availability> of(Collection<RepId> reps) {
        List<String> keys = reps.stream().map(RepId::value).distinct().toList();
        Map<RepId, Availability> found = new HashMap<>();
        for (Document d : mongo.find(Query.query(where("_id").in(keys)), Document.class, COLLECTION)) {
            found.put(new RepId(d.getString("_id")), toAvailability(d));
        }
        return found;
    }

    private static Document toDocument(Availability availability) {
        Document weekly = new Document();
        availability.weekly().week().forEach((day, windows) -> weekly.append(day.name(), windows(windows)));
        return new Document("weekly", weekly)
                .append(
                        "overrides",
                        availability.overrides().stream()
                                .map(o -> new Document("date", o.date().toString())
                                        .append("windows", windows(o.windows())))
                                .toList())
                .append(
                        "holidays",
                        availability.holidays().stream()
                                .map(LocalDate::toString)
                                .toList())
                .append(
                        "timeOff",
                        availability.timeOff().stream()
                                .map(MongoAvailabilities::timeOff)
                                .toList());
    }

    private static List<Document> windows(List<WorkingHours.Window> windows) {
        return windows.stream()
                .map(w -> new Document("start", w.start().toString())
                        .append("end", w.end().toString()))
                .toList();
    }

    private static Document timeOff(TimeOff period) {
        return new Document("start", Date.from(period.period().start()))
                .append("end", Date.from(period.period().end()))
                .append("note", period.note());
    }

    private static Availability toAvailability(Document d) {
        WorkingHours weekly = null;
        Document week = d.get("weekly", Document.class);
        if (week != null) {
            Map<DayOfWeek, List<WorkingHours.Window>> days = new EnumMap<>(DayOfWeek.class);
            week.forEach((day, windows) -> days.put(DayOfWeek.valueOf(day), windows(windows)));
            weekly = new WorkingHours(days);
        }
        List<DateOverride> overrides = new ArrayList<>();
        for (Document o : d.getList("overrides", Document.class, List.of())) {
            overrides.add(new DateOverride(LocalDate.parse(o.getString("date")), windows(o.get("windows"))));
        }
        List<LocalDate> holidays = d.getList("holidays", String.class, List.of()).stream()
                .map(LocalDate::parse)
                .toList();
        List<TimeOff> timeOff = new ArrayList<>();
        for (Document t : d.getList("timeOff", Document.class, List.of())) {
            Date start = t.getDate("start");
            Date end = t.getDate("end");
            if (start == null || end == null || !end.after(start)) {
                // Kept by an older version that checked below the stored precision (an end a nanosecond after the
                // start is stored as equal): an empty period hides nothing, so it is skipped rather than fail every
                // read.
                if (warned.size() < MAX_WARNED && warned.add(d.getString("_id"))) {
                    log.warn(
                            "Rep {} has a stored time-off period that is empty ({} to {}); it is ignored until the "
                                    + "rep's availability is set again",
                            d.getString("_id"),
                            start,
                            end);
                }
                continue;
            }
            timeOff.add(new TimeOff(new Interval(start.toInstant(), end.toInstant()), t.getString("note")));
        }
        return new Availability(weekly, overrides, holidays, timeOff);
    }

    private static List<WorkingHours.Window> windows(Object stored) {
        List<WorkingHours.Window> windows = new ArrayList<>();
        for (Object w : (List<?>) stored) {
            Document window = (Document) w;
            windows.add(new WorkingHours.Window(
                    LocalTime.parse(window.getString("start")), LocalTime.parse(window.getString("end"))));
        }
        return windows;
    }
}
