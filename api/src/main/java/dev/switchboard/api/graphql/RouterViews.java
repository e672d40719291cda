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
import java.util.ArrayList;
import java.util.List;

/**
 * How the schema shows routers. The condition records are named as the schema's union members, so
 * Spring for GraphQL resolves each to its type by class name.
 */
final class RouterViews {

    private RouterViews() {}

    /** @param qualification the version's own qualification, or null when it screens by the workspace's */
    record RouterView(
            String id,
            String name,
            int version,
            Integer liveVersion,
            List<RuleView> rules,
            ActionView fallback,
            QualificationController.QualificationView qualification) {
        static RouterView of(Router router, int liveVersion) {
            return new RouterView(
                    router.id().value(),
                    router.name(),
                    router.version(),
                    liveVersion == 0 ? null : liveVersion,
                    router.rules().stream()
                            .map(r -> new RuleView(
                                    r.name(),
                                    condition(r.condition()),
                                    conditionNodes(r.condition()),
                                    action(r.action())))
                            .toList(),
                    action(router.fallback()),
                    router.qualification() == null
                            ? null
                            : QualificationController.QualificationView.of(router.qualification()));
        }
    }

    /**
     * One saved version of a router, its own object beside the router ({@code id} names the router and the number).
     */
    record RouterVersionView(
            String id,
            String routerId,
            int version,
            boolean live,
            String name,
            List<RuleView> rules,
            ActionView fallback,
            QualificationController.QualificationView qualification) {
        static RouterVersionView of(Router router, int liveVersion) {
            RouterView view = RouterView.of(router, liveVersion);
            return new RouterVersionView(
                    GlobalIds.routerVersionId(view.id(), view.version()),
                    view.id(),
                    view.version(),
                    view.version() == liveVersion,
                    view.name(),
                    view.rules(),
                    view.fallback(),
                    view.qualification());
        }
    }

    record RuleView(String name, Object condition, List<ConditionNode> conditionNodes, ActionView action) {}

    /** One condition of a tree, flattened: path says where (all[1].any[0], empty for the root), as input errors do. */
    record ConditionNode(
            String path,
            Group.Join join,
            LeadField field,
            String attribute,
            Operator operator,
            List<String> values,
            List<Territory> territories) {}

    record ConditionGroup(Group.Join join, List<Object> conditions) {}

    record FieldCondition(LeadField field, String attribute, Operator operator, List<String> values) {}

    record TerritoryCondition(List<Territory> territories) {}

    record ActionView(
            ActionType type,
            String poolId,
            String repId,
            String reason,
            QueueMode queueMode,
            ActionView fallback,
            WhenPassedOver whenPassedOver,
            Boolean matchByPhone,
            Integer matchWithinDays) {

        ActionView(
                ActionType type, String poolId, String repId, String reason, QueueMode queueMode, ActionView fallback) {
            this(type, poolId, repId, reason, queueMode, fallback, null);
        }

        ActionView(
                ActionType type,
                String poolId,
                String repId,
                String reason,
                QueueMode queueMode,
                ActionView fallback,
                WhenPassedOver whenPassedOver) {
            this(type, poolId, repId, reason, queueMode, fallback, whenPassedOver, null, null);
        }
    }

    static Object condition(Condition condition) {
        if (condition instanceof Group group) {
            return new ConditionGroup(
                    group.join(),
                    group.conditions().stream().map(RouterViews::condition).toList());
        }
        if (condition instanceof InTerritory territory) {
            return new TerritoryCondition(territory.territories());
        }
        Compare compare = (Compare) condition;
        return new FieldCondition(
                compare.field().field(), compare.field().attributeKey(), compare.operator(), compare.values());
    }

    /** The tree in pre-order: every group before its members, members in order. */
    static List<ConditionNode> conditionNodes(Condition condition) {
        List<ConditionNode> nodes = new ArrayList<>();
        flatten(condition, "", nodes);
        return nodes;
    }

    private static void flatten(Condition condition, String path, List<ConditionNode> nodes) {
        if (condition instanceof Group group) {
            nodes.add(new ConditionNode(path, group.join(), null, null, null, null, null));
            String join = (path.isEmpty() ? "" : path + ".") + (group.join() == Group.Join.ALL ? "all" : "any");
            for (int i = 0; i < group.conditions().size(); i++) {
                flatten(group.conditions().get(i), join + "[" + i + "]", nodes);
            }
        } else if (condition instanceof InTerritory territory) {
            nodes.add(new ConditionNode(path, null, null, null, null, null, territory.territories()));
        } else {
            Compare compare = (Compare) condition;
            nodes.add(new ConditionNode(
                    path,
                    null,
                    compare.field().field(),
                    compare.field().attributeKey(),
                    compare.operator(),
                    compare.values(),
                    null));
        }
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
            return new ActionView(
                    ActionType.ROUTE_TO_ACCOUNT_OWNER, null, null, null, null, action(toOwner.fallback()));
        }
        if (action instanceof RuleAction.RouteToLeadOwner toOwner) {
            return new ActionView(
                    ActionType.ROUTE_TO_LEAD_OWNER,
                    null,
                    null,
                    null,
                    null,
                    action(toOwner.fallback()),
                    null,
                    toOwner.byPhone(),
                    toOwner.withinDays());
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
