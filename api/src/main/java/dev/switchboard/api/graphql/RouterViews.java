package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterInputs.ActionType;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.InTerritory;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.Territory;
import dev.switchboard.domain.model.rule.WhenPassedOver;

import java.util.List;

/**
 * How the schema shows routers. The condition records are named as the schema's union members, so
 * Spring for GraphQL resolves each to its type by class name.
 */
final class RouterViews {

    private RouterViews() {
    }

    record RouterView(String id, String name, int version, Integer liveVersion, List<RuleView> rules, ActionView fallback) {
        static RouterView of(Router router, int liveVersion) {
            return new RouterView(router.id().value(), router.name(), router.version(), liveVersion == 0 ? null : liveVersion,
                    router.rules().stream().map(r -> new RuleView(r.name(), condition(r.condition()), action(r.action()))).toList(),
                    action(router.fallback()));
        }
    }

    record RuleView(String name, Object condition, ActionView action) {
    }

    record ConditionGroup(Group.Join join, List<Object> conditions) {
    }

    record FieldCondition(LeadField field, String attribute, Operator operator, List<String> values) {
    }

    record TerritoryCondition(List<Territory> territories) {
    }

    record ActionView(ActionType type, String poolId, String repId, String reason, QueueMode queueMode, ActionView fallback,
                      WhenPassedOver whenPassedOver) {

        ActionView(ActionType type, String poolId, String repId, String reason, QueueMode queueMode, ActionView fallback) {
            this(type, poolId, repId, reason, queueMode, fallback, null);
        }
    }

    static Object condition(Condition condition) {
        if (condition instanceof Group group) {
            return new ConditionGroup(group.join(), group.conditions().stream().map(RouterViews::condition).toList());
        }
        if (condition instanceof InTerritory territory) {
            return new TerritoryCondition(territory.territories());
        }
        Compare compare = (Compare) condition;
        return new FieldCondition(compare.field().field(), compare.field().attributeKey(), compare.operator(), compare.values());
    }

    static ActionView action(RuleAction action) {
        String pool = action.pool().map(p -> p.value()).orElse(null);
        String rep = action.rep().map(r -> r.value()).orElse(null);
        if (action instanceof RuleAction.RouteToPool toPool) {
            return new ActionView(ActionType.ROUTE_TO_POOL, pool, null, null, null, null, toPool.whenPassedOver());
        }
        if (action instanceof RuleAction.RouteToRep) {
            return new ActionView(ActionType.ROUTE_TO_REP, null, rep, null, null, null);
        }
        if (action instanceof RuleAction.RouteToAccountOwner toOwner) {
            return new ActionView(ActionType.ROUTE_TO_ACCOUNT_OWNER, null, null, null, null, action(toOwner.fallback()));
        }
        if (action instanceof RuleAction.SendToQueue queue) {
            return new ActionView(ActionType.SEND_TO_QUEUE, pool, null, null, queue.mode(), null);
        }
        if (action instanceof RuleAction.Escalate escalate) {
            return new ActionView(ActionType.ESCALATE, pool, rep, escalate.reason(), null, null);
        }
        return new ActionView(ActionType.DISQUALIFY, null, null, ((RuleAction.Disqualify) action).reason(), null, null);
    }
}
