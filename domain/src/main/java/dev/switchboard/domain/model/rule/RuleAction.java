package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;
import java.util.Optional;

/** What a matching rule (or the router's fallback) does with a lead. */
public sealed interface RuleAction {

    /** The pool this action draws a rep from, if it does. */
    default Optional<PoolId> pool() {
        return Optional.empty();
    }

    /** The rep this action names directly, if it does. */
    default Optional<RepId> rep() {
        return Optional.empty();
    }

    /**
     * Route to a pool; the pool's strategy picks the rep. {@code whenPassedOver} says what happens when the pool passes
     * every member over and has no overflow; null means {@link WhenPassedOver#UNASSIGNED}.
     */
    record RouteToPool(PoolId poolId, WhenPassedOver whenPassedOver) implements RuleAction {
        public RouteToPool {
            if (poolId == null) {
                throw InputRejected.required("poolId");
            }
            whenPassedOver = whenPassedOver == null ? WhenPassedOver.UNASSIGNED : whenPassedOver;
        }

        /** Leaves the lead unassigned when the pool passes everyone over. */
        public RouteToPool(PoolId poolId) {
            this(poolId, WhenPassedOver.UNASSIGNED);
        }

        /** Whether a pool that passes everyone over hands the lead on rather than leaving it unassigned. */
        public boolean fallsThrough() {
            return whenPassedOver != WhenPassedOver.UNASSIGNED;
        }

        @Override
        public Optional<PoolId> pool() {
            return Optional.of(poolId);
        }
    }

    /** Route straight to one rep. */
    record RouteToRep(RepId repId) implements RuleAction {
        public RouteToRep {
            if (repId == null) {
                throw InputRejected.required("repId");
            }
        }

        @Override
        public Optional<RepId> rep() {
            return Optional.of(repId);
        }
    }

    /** Route to the owner of the account the lead's email domain matches; else to the fallback. */
    record RouteToAccountOwner(RuleAction fallback) implements RuleAction {
        public RouteToAccountOwner {
            if (fallback == null) {
                throw InputRejected.required("fallback");
            }
            if (fallback instanceof RouteToAccountOwner) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "fallback", "an account owner's fallback must route somewhere else");
            }
            if (fallback instanceof RouteToPool toPool && toPool.fallsThrough()) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT,
                        "fallback.whenPassedOver",
                        "only a rule's own route to a pool may fall through to other rules");
            }
        }

        @Override
        public Optional<PoolId> pool() {
            return fallback.pool();
        }

        @Override
        public Optional<RepId> rep() {
            return fallback.rep();
        }
    }

    /**
     * Route to the owner of an earlier lead of the same person: one whose email (or, with {@code byPhone}, also phone)
     * matches, submitted in the {@code withinDays} before this one; else, or when that owner cannot take it, to the
     * fallback. No rotation turn is taken when the owner takes it.
     */
    record RouteToLeadOwner(boolean byPhone, int withinDays, RuleAction fallback) implements RuleAction {

        public static final int DEFAULT_DAYS = 90;
        public static final int MAX_DAYS = 3650;

        public RouteToLeadOwner {
            if (withinDays < 1 || withinDays > MAX_DAYS) {
                throw new InputRejected(
                        ErrorCode.OUT_OF_RANGE, "matchWithinDays", "matchWithinDays must be between 1 and " + MAX_DAYS);
            }
            if (fallback == null) {
                throw InputRejected.required("fallback");
            }
            if (fallback instanceof RouteToLeadOwner) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT,
                        "fallback",
                        "an earlier lead's owner's fallback must route somewhere else");
            }
            if (fallback instanceof RouteToPool toPool && toPool.fallsThrough()) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT,
                        "fallback.whenPassedOver",
                        "only a rule's own route to a pool may fall through to other rules");
            }
        }

        @Override
        public Optional<PoolId> pool() {
            return fallback.pool();
        }

        @Override
        public Optional<RepId> rep() {
            return fallback.rep();
        }
    }

    /** Offer the lead to a pool's members as a claim queue. */
    record SendToQueue(PoolId poolId, QueueMode mode) implements RuleAction {
        public SendToQueue {
            if (poolId == null) {
                throw InputRejected.required("poolId");
            }
            if (mode == null) {
                throw InputRejected.required("mode");
            }
        }

        @Override
        public Optional<PoolId> pool() {
            return Optional.of(poolId);
        }
    }

    /** Stop: the lead is not worth a rep's time. */
    record Disqualify(String reason) implements RuleAction {
        public Disqualify {
            reason = Text.required("reason", reason, Text.SHORT);
        }
    }

    /** Route to a named rep or pool and mark the lead urgent, e.g. a large deal to a director. */
    record Escalate(PoolId poolId, RepId repId, String reason) implements RuleAction {
        public Escalate {
            if ((poolId == null) == (repId == null)) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "poolId", "escalate to exactly one of a pool or a rep");
            }
            reason = Text.optional("reason", reason, Text.SHORT);
        }

        @Override
        public Optional<PoolId> pool() {
            return Optional.ofNullable(poolId);
        }

        @Override
        public Optional<RepId> rep() {
            return Optional.ofNullable(repId);
        }
    }
}
