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

    record RuleInput(String name, ConditionInput condition, LeadConditionInput when, ActionInput action) {
        Rule toRule() {
            List<InputRejected> faults = new ArrayList<>();
            String checkedName = InputsRejected.collect(faults, () -> Text.required("name", name, Text.SHORT));
            Condition built = InputsRejected.collect(faults, () -> {
                Condition given = chosenCondition(condition, "condition", when);
                return given == null ? Group.matchAll() : given;
            });
            RuleAction act = action == null
                    ? null
                    : InputsRejected.collect(faults, () -> at("action", () -> action.toAction(0)));
            InputsRejected.raise(faults);
            return new Rule(checkedName, built, act);
        }
    }

    /**
     * The condition sent as {@code when} (exactly one kind, @oneOf) or in its older flat spelling {@code older},
     * named {@code olderField}; null when neither is sent. Both at once are refused, naming the older field.
     */
    static Condition chosenCondition(ConditionInput older, String olderField, LeadConditionInput when) {
        if (when != null && older != null) {
            throw new InputRejected(
                    ErrorCode.NOT_AN_OPTION,
                    olderField,
                    "give when or its older spelling " + olderField + ", not both");
        }
        if (when != null) {
            return at("when", () -> when.toCondition(1));
        }
        return older == null ? null : at(olderField, () -> older.toCondition(1));
    }

    /** A condition as exactly one of its kinds, which GraphQL checks (@oneOf): a group, a comparison, territories. */
    record LeadConditionInput(
            List<LeadConditionInput> all,
            List<LeadConditionInput> any,
            FieldComparisonInput compare,
            List<TerritoryInput> territories) {

        Condition toCondition(int depth) {
            if (all != null || any != null) {
                return group(
                        all != null ? "all" : "any", all != null ? all : any, depth, LeadConditionInput::toCondition);
            }
            if (territories != null) {
                return inTerritories(territories);
            }
            if (compare == null) {
                throw new InputRejected(
                        ErrorCode.REQUIRED, "compare", "a condition is one of: all, any, compare, territories");
            }
            return at(
                    "compare",
                    () -> comparison(compare.field(), compare.attribute(), compare.operator(), compare.values()));
        }
    }

    /** One lead field compared with values. */
    record FieldComparisonInput(LeadField field, String attribute, Operator operator, List<String> values) {}

    /** The older, flat spelling of a condition: exactly one of all, any, field (with operator and values), territories. */
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
                return group(all != null ? "all" : "any", all != null ? all : any, depth, ConditionInput::toCondition);
            }
            if (territories != null) {
                return inTerritories(territories);
            }
            return comparison(field, attribute, operator, values);
        }
    }

    /** A group of {@code members}, each built by {@code build} one level deeper, every member's fault named. */
    private static <M> Condition group(
            String join, List<M> members, int depth, java.util.function.BiFunction<M, Integer, Condition> build) {
        // Checked while descending, so a hostile nesting is refused before it is walked.
        if (depth >= Condition.MAX_DEPTH) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, join, "conditions nest at most " + Condition.MAX_DEPTH + " deep");
        }
        if (members.size() > Group.MAX_CONDITIONS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, join, "a group holds at most " + Group.MAX_CONDITIONS + " conditions");
        }
        List<InputRejected> faults = new ArrayList<>();
        List<Condition> built = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            M member = members.get(i);
            String path = join + "[" + i + "]";
            built.add(InputsRejected.collect(faults, () -> at(path, () -> build.apply(member, depth + 1))));
        }
        InputsRejected.raise(faults);
        return new Group(join.equals("all") ? Group.Join.ALL : Group.Join.ANY, built);
    }

    private static Condition inTerritories(List<TerritoryInput> territories) {
        if (territories.size() > InTerritory.MAX_TERRITORIES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "territories", "at most " + InTerritory.MAX_TERRITORIES + " territories");
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

    private static Condition comparison(LeadField field, String attribute, Operator operator, List<String> values) {
        FieldRef ref = at("attribute", () -> new FieldRef(field, attribute));
        if (values != null && values.size() > Compare.MAX_VALUES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "values", "at most " + Compare.MAX_VALUES + " values");
        }
        return new Compare(ref, operator, values);
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
