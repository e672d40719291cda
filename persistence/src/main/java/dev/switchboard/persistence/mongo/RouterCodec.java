package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.domain.model.rule.FieldRef;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.InTerritory;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.Territory;
import dev.switchboard.domain.model.rule.WhenPassedOver;
import java.util.List;
import org.bson.Document;

/**
 * Writes a router version as a BSON document and reads it back. Conditions and actions are variants,
 * so each is stored with a {@code kind}; the mapping is explicit to keep the stored shape stable
 * whatever the Java types look like.
 */
final class RouterCodec {

    private RouterCodec() {}

    static Document write(Router router) {
        return new Document("_id", router.id().value() + ":" + router.version())
                .append("routerId", router.id().value())
                .append("version", router.version())
                .append("name", router.name())
                .append(
                        "rules",
                        router.rules().stream()
                                .map(rule -> new Document("name", rule.name())
                                        .append("condition", write(rule.condition()))
                                        .append("action", write(rule.action())))
                                .toList())
                .append("fallback", write(router.fallback()))
                // Left out for the workspace's, as versions stored before routers had their own read.
                .append(
                        "qualification",
                        router.qualification() == null ? null : MongoQualifications.write(router.qualification()));
    }

    static Router read(Document document) {
        List<Rule> rules = document.getList("rules", Document.class).stream()
                .map(rule -> new Rule(
                        rule.getString("name"),
                        condition(rule.get("condition", Document.class)),
                        action(rule.get("action", Document.class))))
                .toList();
        Document qualification = document.get("qualification", Document.class);
        return new Router(
                new RouterId(document.getString("routerId")),
                document.getString("name"),
                document.getInteger("version"),
                rules,
                action(document.get("fallback", Document.class)),
                qualification == null ? null : MongoQualifications.read(qualification));
    }

    static Document write(Condition condition) {
        if (condition instanceof Group group) {
            return new Document("kind", "group")
                    .append("join", group.join().name())
                    .append(
                            "conditions",
                            group.conditions().stream().map(RouterCodec::write).toList());
        }
        if (condition instanceof InTerritory territory) {
            return new Document("kind", "territory")
                    .append(
                            "territories",
                            territory.territories().stream()
                                    .map(t -> new Document("country", t.country())
                                            .append("region", t.region())
                                            .append("postalPrefix", t.postalPrefix())
                                            .append("postalFrom", t.postalFrom())
                                            .append("postalTo", t.postalTo()))
                                    .toList());
        }
        Compare compare = (Compare) condition;
        return new Document("kind", "compare")
                .append("field", compare.field().field().name())
                .append("attribute", compare.field().attributeKey())
                .append("operator", compare.operator().name())
                .append("values", compare.values());
    }

    static Condition condition(Document document) {
        switch (document.getString("kind")) {
            case "group":
                return new Group(
                        Group.Join.valueOf(document.getString("join")),
                        document.getList("conditions", Document.class).stream()
                                .map(RouterCodec::condition)
                                .toList());
            case "territory":
                return new InTerritory(document.getList("territories", Document.class).stream()
                        .map(t -> new Territory(
                                t.getString("country"),
                                t.getString("region"),
                                t.getString("postalPrefix"),
                                t.getString("postalFrom"),
                                t.getString("postalTo")))
                        .toList());
            case "compare":
                return new Compare(
                        new FieldRef(LeadField.valueOf(document.getString("field")), document.getString("attribute")),
                        Operator.valueOf(document.getString("operator")),
                        document.getList("values", String.class));
            default:
                throw new IllegalStateException("unknown condition kind " + document.getString("kind"));
        }
    }

    private static Document write(RuleAction action) {
        if (action instanceof RuleAction.RouteToPool toPool) {
            Document pool = new Document("kind", "pool")
                    .append("poolId", toPool.poolId().value());
            // Left out when the pool leaves the lead unassigned, so versions stored before fall-through read the same.
            return toPool.fallsThrough()
                    ? pool.append("whenPassedOver", toPool.whenPassedOver().name())
                    : pool;
        }
        if (action instanceof RuleAction.RouteToRep toRep) {
            return new Document("kind", "rep").append("repId", toRep.repId().value());
        }
        if (action instanceof RuleAction.RouteToAccountOwner toOwner) {
            return new Document("kind", "accountOwner").append("fallback", write(toOwner.fallback()));
        }
        if (action instanceof RuleAction.RouteToLeadOwner toOwner) {
            return new Document("kind", "leadOwner")
                    .append("byPhone", toOwner.byPhone())
                    .append("withinDays", toOwner.withinDays())
                    .append("fallback", write(toOwner.fallback()));
        }
        if (action instanceof RuleAction.SendToQueue queue) {
            return new Document("kind", "queue")
                    .append("poolId", queue.poolId().value())
                    .append("mode", queue.mode().name());
        }
        if (action instanceof RuleAction.Escalate escalate) {
            return new Document("kind", "escalate")
                    .append(
                            "poolId",
                            escalate.poolId() == null ? null : escalate.poolId().value())
                    .append(
                            "repId",
                            escalate.repId() == null ? null : escalate.repId().value())
                    .append("reason", escalate.reason());
        }
        return new Document("kind", "disqualify").append("reason", ((RuleAction.Disqualify) action).reason());
    }

    private static RuleAction action(Document document) {
        switch (document.getString("kind")) {
            case "pool":
                String passedOver = document.getString("whenPassedOver");
                return new RuleAction.RouteToPool(
                        new PoolId(document.getString("poolId")),
                        passedOver == null ? WhenPassedOver.UNASSIGNED : WhenPassedOver.valueOf(passedOver));
            case "rep":
                return new RuleAction.RouteToRep(new RepId(document.getString("repId")));
            case "accountOwner":
                return new RuleAction.RouteToAccountOwner(action(document.get("fallback", Document.class)));
            case "leadOwner":
                return new RuleAction.RouteToLeadOwner(
                        document.getBoolean("byPhone", false),
                        document.getInteger("withinDays"),
                        action(document.get("fallback", Document.class)));
            case "queue":
                return new RuleAction.SendToQueue(
                        new PoolId(document.getString("poolId")), QueueMode.valueOf(document.getString("mode")));
            case "escalate":
                String pool = document.getString("poolId");
                String rep = document.getString("repId");
                return new RuleAction.Escalate(
                        pool == null ? null : new PoolId(pool),
                        rep == null ? null : new RepId(rep),
                        document.getString("reason"));
            case "disqualify":
                return new RuleAction.Disqualify(document.getString("reason"));
            default:
                throw new IllegalStateException("unknown action kind " + document.getString("kind"));
        }
    }
}
