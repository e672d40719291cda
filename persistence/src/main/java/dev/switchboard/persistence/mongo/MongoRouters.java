package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.domain.port.Slice;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Router versions live one document each in {@code router_versions}, keyed by router and number, so
 * a number can be taken only once; which version is live is one field of the router's document in
 * {@code routers}, switched by a single update.
 */
@Component
class MongoRouters implements Routers {

    private static final String VERSIONS = "router_versions";
    private static final String HEADS = "routers";

    private final MongoTemplate mongo;

    MongoRouters(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(VERSIONS).createIndex(Pages.index("routerId"));
    }

    @Override
    public void addVersion(Router router) {
        try {
            mongo.insert(RouterCodec.write(router), VERSIONS);
        } catch (DuplicateKeyException e) {
            throw new InputRejected(
                    ErrorCode.DUPLICATE,
                    "version",
                    "version " + router.version() + " of this router was saved meanwhile; reload and edit again");
        }
    }

    @Override
    public Optional<Router> version(RouterId id, int version) {
        return Optional.ofNullable(mongo.findById(id.value() + ":" + version, Document.class, VERSIONS))
                .map(RouterCodec::read);
    }

    @Override
    public Optional<Router> latest(RouterId id) {
        if (retired(id)) {
            return Optional.empty();
        }
        Query newest = Query.query(where("routerId").is(id.value()))
                .with(Sort.by(Sort.Direction.DESC, "version"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(newest, Document.class, VERSIONS))
                .map(RouterCodec::read);
    }

    @Override
    public Optional<Router> live(RouterId id) {
        Document head = mongo.findById(id.value(), Document.class, HEADS);
        int live = head == null || head.getBoolean("retired", false) ? 0 : head.getInteger("liveVersion", 0);
        return live == 0 ? Optional.empty() : version(id, live);
    }

    @Override
    public int liveVersion(RouterId id) {
        Document head = mongo.findById(id.value(), Document.class, HEADS);
        return head == null ? 0 : head.getInteger("liveVersion", 0);
    }

    @Override
    public boolean publish(RouterId id, int version) {
        if (version(id, version).isEmpty()) {
            return false;
        }
        mongo.findAndModify(
                Query.query(where("_id").is(id.value())),
                new Update().set("liveVersion", version),
                FindAndModifyOptions.options().upsert(true),
                Document.class,
                HEADS);
        return true;
    }

    /** One update of the head: a retired router's versions stay, so the decisions they made can still be explained. */
    @Override
    public void delete(RouterId id) {
        mongo.upsert(Query.query(where("_id").is(id.value())), new Update().set("retired", true), HEADS);
    }

    private boolean retired(RouterId id) {
        Document head = mongo.findById(id.value(), Document.class, HEADS);
        return head != null && head.getBoolean("retired", false);
    }

    @Override
    public List<Router> latestOfEach() {
        Set<String> retired = new HashSet<>();
        mongo.find(Query.query(where("retired").is(true)), Document.class, HEADS)
                .forEach(head -> retired.add(head.getString("_id")));
        Map<String, Router> newest = new LinkedHashMap<>();
        mongo.find(
                        Query.query(where("routerId").nin(retired)).with(Sort.by("routerId", "version")),
                        Document.class,
                        VERSIONS)
                .forEach(document -> newest.put(document.getString("routerId"), RouterCodec.read(document)));
        return List.copyOf(newest.values());
    }

    /** Two reads whatever the number of ids: the heads (which are retired), then every version of the others. */
    @Override
    public Map<RouterId, Router> latestOf(java.util.Collection<RouterId> ids) {
        List<String> keys = ids.stream().map(RouterId::value).distinct().toList();
        Set<String> retired = new HashSet<>();
        mongo.find(Query.query(where("_id").in(keys).and("retired").is(true)), Document.class, HEADS)
                .forEach(head -> retired.add(head.getString("_id")));
        Map<RouterId, Router> newest = new LinkedHashMap<>();
        mongo.find(
                        Query.query(where("routerId")
                                        .in(keys.stream()
                                                .filter(key -> !retired.contains(key))
                                                .toList()))
                                .with(Sort.by("routerId", "version")),
                        Document.class,
                        VERSIONS)
                .forEach(document ->
                        newest.put(new RouterId(document.getString("routerId")), RouterCodec.read(document)));
        return newest;
    }

    @Override
    public Map<RouterId, Integer> liveVersions(java.util.Collection<RouterId> ids) {
        List<String> keys = ids.stream().map(RouterId::value).distinct().toList();
        Map<RouterId, Integer> live = new LinkedHashMap<>();
        keys.forEach(key -> live.put(new RouterId(key), 0));
        mongo.find(Query.query(where("_id").in(keys)), Document.class, HEADS)
                .forEach(head -> live.put(new RouterId(head.getString("_id")), head.getInteger("liveVersion", 0)));
        return live;
    }

    @Override
    public List<Router> liveOfEach() {
        List<String> live =
                mongo
                        .find(
                                Query.query(where("liveVersion")
                                        .gt(0)
                                        .and("retired")
                                        .ne(true)),
                                Document.class,
                                HEADS)
                        .stream()
                        .map(head -> head.getString("_id") + ":" + head.getInteger("liveVersion"))
                        .toList();
        return mongo.find(Query.query(where("_id").in(live)), Document.class, VERSIONS).stream()
                .map(RouterCodec::read)
                .toList();
    }

    /**
     * Pages through each router's version 1 (every router has exactly one) by router id, then reads the newest
     * version of the page's routers in one more query.
     */
    @Override
    public Slice<Router> pageOfLatest(int limit, PagePosition after) {
        // A version's _id is "routerId:version": the position after a router is after its version 1.
        PagePosition afterFirst = after == null ? null : new PagePosition(after.key(), after.key() + ":1");
        Query firsts = Pages.byText(notRetired().addCriteria(where("version").is(1)), "routerId", afterFirst, limit);
        List<String> ids = mongo.find(firsts, Document.class, VERSIONS).stream()
                .map(d -> d.getString("routerId"))
                .toList();
        Slice<String> page = Slice.ofOneMore(ids, limit);
        Map<String, Router> newest = new LinkedHashMap<>();
        page.items().forEach(id -> newest.put(id, null));
        mongo.find(
                        Query.query(where("routerId").in(page.items())).with(Sort.by("routerId", "version")),
                        Document.class,
                        VERSIONS)
                .forEach(document -> newest.put(document.getString("routerId"), RouterCodec.read(document)));
        return new Slice<>(
                newest.values().stream().filter(java.util.Objects::nonNull).toList(), page.hasMore());
    }

    @Override
    public long countLatest() {
        return mongo.count(notRetired().addCriteria(where("version").is(1)), VERSIONS);
    }

    private Query notRetired() {
        List<String> retired = mongo.find(Query.query(where("retired").is(true)), Document.class, HEADS).stream()
                .map(head -> head.getString("_id"))
                .toList();
        return retired.isEmpty() ? new Query() : Query.query(where("routerId").nin(retired));
    }
}
