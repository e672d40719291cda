package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.domain.model.rule.FieldRef;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.InTerritory;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.Territory;
import dev.switchboard.domain.model.rule.WhenPassedOver;
import dev.switchboard.routing.rules.RouterDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The router-editing inputs of the schema, and their translation into the model. Every rejection
 * names its place in the input, e.g. {@code rules[3].condition.any[0].values[1]}. Independent parts (the name, each
 * rule's name, condition and action, each member of a group, the fallback) are checked each on its own, so one answer
 * names every part at fault.
 */
final class RouterInputs {

    private RouterInputs() {}

    enum ActionType {
        ROUTE_TO_POOL,
        ROUTE_TO_REP,
        ROUTE_TO_ACCOUNT_OWNER,
        ROUTE_TO_LEAD_OWNER,
        SEND_TO_QUEUE,
        DISQUALIFY,
        ESCALATE
    }

    /** @param qualification the version's own qualification, or null to screen by the workspace's */
    record RouterInput(
            String name,
            List<RuleInput> rules,
            ActionInput fallback,
            QualificationController.QualificationInput qualification) {
        RouterDraft toDraft() {
            List<RuleInput> given = rules == null ? List.of() : rules;
            if (given.size() > Router.MAX_RULES) {
                throw new InputRejected(
                        ErrorCode.OUT_OF_RANGE, "rules", "a router has at most " + Router.MAX_RULES + " rules");
            }
            List<InputRejected> faults = new ArrayList<>();
            List<Rule> built = new ArrayList<>(given.size());
            for (int i = 0; i < given.size(); i++) {
                RuleInput rule = given.get(i);
                String path = "rules[" + i + "]";
                built.add(InputsRejected.collect(faults, () -> at(path, () -> rule.toRule())));
            }
            RuleAction fallbackAction = fallback == null
                    ? null
                    : InputsRejected.collect(faults, () -> at("fallback", () -> fallback.toAction(0)));
            Qualification own = qualification == null
                    ? null
                    : InputsRejected.collect(faults, () -> at("qualification", qualification::toQualification));
            if (!faults.isEmpty()) {
                // The draft is not built, so its own checks (name, rule names unique) are not reached: the name is
                // told here too.
                List<InputRejected> withName = new ArrayList<>();
                InputsRejected.collect(withName, () -> Text.required("name", name, Text.SHORT));
                withName.addAll(faults);
                InputsRejected.raise(withName);
            }
            return new RouterDraft(name, built, fallbackAction, own);
        }
    }

    record RuleInput(String name, ConditionInput condition, ActionInput action) {
        Rule toRule() {
            List<InputRejected> faults = new ArrayList<>();
            String checkedName = InputsRejected.collect(faults, () -> Text.required("name", name, Text.SHORT));
            Condition built = condition == null
                    ? Group.matchAll()
                    : InputsRejected.collect(faults, () -> at("condition", () -> condition.toCondition(1)));
            RuleAction act = action == null
                    ? null
                    : InputsRejected.collect(faults, () -> at("action", () -> action.toAction(0)));
            InputsRejected.raise(faults);
            return new Rule(checkedName, built, act);
        }
    }

    record ConditionInput(
            List<ConditionInput> all,
            List<ConditionInput> any,
            LeadField field,
            String attribute,
            Operator operator,
            List<String> values,
            List<TerritoryInput> territories) {

        Condition toCondition(int depth) {
            int kinds = (all != null ? 1 : 0)
                    + (any != null ? 1 : 0)
                    + (field != null ? 1 : 0)
                    + (territories != null ? 1 : 0);
            if (kinds != 1) {
                throw new InputRejected(
                        kinds == 0 ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                        "all",
                        "a condition is exactly one of: all, any, field (with operator and values), territories");
            }
            if (all != null || any != null) {
                // Checked while descending, so a hostile nesting is refused before it is walked.
                if (depth >= Condition.MAX_DEPTH) {
                    throw new InputRejected(
                            ErrorCode.OUT_OF_RANGE,
                            all != null ? "all" : "any",
                            "conditions nest at most " + Condition.MAX_DEPTH + " deep");
                }
                String join = all != null ? "all" : "any";
                List<ConditionInput> members = all != null ? all : any;
                if (members.size() > Group.MAX_CONDITIONS) {
                    throw new InputRejected(
                            ErrorCode.OUT_OF_RANGE,
                            join,
                            "a group holds at most " + Group.MAX_CONDITIONS + " conditions");
                }
                List<InputRejected> faults = new ArrayList<>();
                List<Condition> built = new ArrayList<>(members.size());
                for (int i = 0; i < members.size(); i++) {
                    ConditionInput member = members.get(i);
                    String path = join + "[" + i + "]";
                    built.add(InputsRejected.collect(faults, () -> at(path, () -> member.toCondition(depth + 1))));
                }
                InputsRejected.raise(faults);
                return new Group(all != null ? Group.Join.ALL : Group.Join.ANY, built);
            }
            if (territories != null) {
                if (territories.size() > InTerritory.MAX_TERRITORIES) {
                    throw new InputRejected(
                            ErrorCode.OUT_OF_RANGE,
                            "territories",
                            "at most " + InTerritory.MAX_TERRITORIES + " territories");
                }
                List<InputRejected> faults = new ArrayList<>();
                List<Territory> built = new ArrayList<>(territories.size());
                for (int i = 0; i < territories.size(); i++) {
                    TerritoryInput t = territories.get(i);
                    String path = "territories[" + i + "]";
                    built.add(InputsRejected.collect(
                            faults,
                            () -> at(
                                    path,
                                    () -> new Territory(
                                            t.country(), t.region(), t.postalPrefix(), t.postalFrom(), t.postalTo()))));
                }
                InputsRejected.raise(faults);
                return new InTerritory(built);
            }
            FieldRef ref = at("attribute", () -> new FieldRef(field, attribute));
            if (values != null && values.size() > Compare.MAX_VALUES) {
                throw new InputRejected(ErrorCode.OUT_OF_RANGE, "values", "at most " + Compare.MAX_VALUES + " values");
            }
            return new Compare(ref, operator, values);
        }
    }

    record TerritoryInput(String country, String region, String postalPrefix, String postalFrom, String postalTo) {}

    record ActionInput(
            ActionType type,
            String poolId,
            String repId,
            String reason,
            QueueMode queueMode,
            ActionInput fallback,
            WhenPassedOver whenPassedOver,
            Boolean matchByPhone,
            Integer matchWithinDays) {

        RuleAction toAction(int depth) {
            if (type == null) {
                throw InputRejected.required("type");
            }
            switch (type) {
                case ROUTE_TO_POOL:
                    return new RuleAction.RouteToPool(poolId == null ? null : new PoolId(poolId), whenPassedOver);
                case ROUTE_TO_REP:
                    return new RuleAction.RouteToRep(repId == null ? null : new RepId(repId));
                case ROUTE_TO_ACCOUNT_OWNER:
                    if (fallback == null) {
                        throw InputRejected.required("fallback");
                    }
                    if (depth > 0) {
                        throw new InputRejected(
                                ErrorCode.INVALID_FORMAT,
                                "fallback",
                                "an account owner's fallback must route somewhere else");
                    }
                    return new RuleAction.RouteToAccountOwner(at("fallback", () -> fallback.toAction(depth + 1)));
                case ROUTE_TO_LEAD_OWNER:
                    if (fallback == null) {
                        throw InputRejected.required("fallback");
                    }
                    if (depth > 0) {
                        throw new InputRejected(
                                ErrorCode.INVALID_FORMAT, "fallback", "an owner's fallback must route somewhere else");
                    }
                    // Its fallback may still be an account owner, whose own fallback then routes elsewhere.
                    return new RuleAction.RouteToLeadOwner(
                            Boolean.TRUE.equals(matchByPhone),
                            matchWithinDays == null ? RuleAction.RouteToLeadOwner.DEFAULT_DAYS : matchWithinDays,
                            at("fallback", () -> fallback.toAction(depth)));
                case SEND_TO_QUEUE:
                    return new RuleAction.SendToQueue(poolId == null ? null : new PoolId(poolId), queueMode);
                case DISQUALIFY:
                    return new RuleAction.Disqualify(reason);
                case ESCALATE:
                    return new RuleAction.Escalate(
                            poolId == null ? null : new PoolId(poolId),
                            repId == null ? null : new RepId(repId),
                            Text.optional("reason", reason, Text.SHORT));
                default:
                    throw new IllegalStateException("unhandled action type " + type);
            }
        }
    }

    /** Builds a part of the input, placing any rejection (one fault or several) under {@code path}. */
    static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InputRejected e) {
            throw e.under(path);
        } catch (InputsRejected e) {
            throw e.under(path);
        }
    }
}
