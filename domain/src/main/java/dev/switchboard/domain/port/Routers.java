package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import java.util.List;
import java.util.Optional;

/** Every version of every router, and which version of each is live. */
public interface Routers {

    /**
     * Stores a new version. Versions of one router are numbered 1, 2, 3 ... without gaps; storing a
     * version whose number is taken fails with {@code DUPLICATE} on {@code version}, which is how two
     * admins editing the same router at once are told one of them must reload.
     */
    void addVersion(Router router);

    /** A stored version, also of a retired router. */
    Optional<Router> version(RouterId id, int version);

    /** The newest version, published or not; empty for a retired router. */
    Optional<Router> latest(RouterId id);

    /**
     * The newest version of each router among {@code ids} that is not retired (retired and unknown ones are left
     * out): a fixed number of reads in a store that can, one {@link #latest} per id in this default.
     */
    default java.util.Map<RouterId, Router> latestOf(java.util.Collection<RouterId> ids) {
        java.util.Map<RouterId, Router> found = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> latest(id).ifPresent(router -> found.put(id, router)));
        return found;
    }

    /**
     * The live version's number of each router among {@code ids} (0 when none was published): one read in a store
     * that can, one {@link #liveVersion} per id in this default.
     */
    default java.util.Map<RouterId, Integer> liveVersions(java.util.Collection<RouterId> ids) {
        java.util.Map<RouterId, Integer> found = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> found.put(id, liveVersion(id)));
        return found;
    }

    /** The version that routes leads, if any was published and the router is not retired. */
    Optional<Router> live(RouterId id);

    /** The live version's number, or 0 when none was published. */
    int liveVersion(RouterId id);

    /** Makes a stored version the live one, in one atomic step; false when there is no such version. */
    boolean publish(RouterId id, int version);

    /**
     * Retires the router: from then on it is not {@link #latest}, not {@link #live} and not listed, so it
     * routes nothing and takes no form. Its versions stay readable through {@link #version}, because the
     * decisions it made are explained from them.
     */
    void delete(RouterId id);

    /** The newest version of each router that is not retired. */
    List<Router> latestOfEach();

    /**
     * The newest version of each router that is not retired, ordered by router id (a fixed order that routers
     * added or renamed never shift), the {@code limit} just after {@code after} (from the first when null). The
     * position's key is the router's id too.
     */
    default Slice<Router> pageOfLatest(int limit, PagePosition after) {
        return Slice.after(latestOfEach(), r -> new PagePosition(r.id().value(), r.id().value()), after, limit);
    }

    /** How many routers are not retired, counted by the store. */
    default long countLatest() {
        return latestOfEach().size();
    }

    /** The live version of each router that has one and is not retired, in one batch. */
    List<Router> liveOfEach();
}
