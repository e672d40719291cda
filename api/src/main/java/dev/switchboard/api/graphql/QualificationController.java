package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterInputs.ConditionInput;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.routing.qualification.FreeMailDomains;
import dev.switchboard.routing.qualification.QualificationChanges;
import dev.switchboard.routing.qualification.UpdateQualification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class QualificationController {

    /** Each field omitted is left as it is; see {@link QualificationChanges} for what null means. */
    record QualificationInput(
            ArgumentValue<Boolean> rejectFreeMail,
            ArgumentValue<List<String>> freeMailDomains,
            ArgumentValue<List<String>> competitorDomains,
            ArgumentValue<List<String>> titleKeywords,
            ArgumentValue<List<ScoringRuleInput>> scoringRules,
            ArgumentValue<Integer> hotAt,
            ArgumentValue<Integer> warmAt,
            Integer expectedVersion) {

        /**
         * The whole setting this input describes, for a router version's own qualification (where nothing is
         * "unchanged": an omitted field takes the default); a rejection names its place, e.g. {@code
         * scoringRules[0].points}.
         */
        Qualification toQualification() {
            List<ScoringRuleInput> given = scoringRules.value() == null ? List.of() : scoringRules.value();
            return new Qualification(
                    freeMailDomains.value() == null
                            ? FreeMailDomains.shipped()
                            : new HashSet<>(freeMailDomains.value()),
                    Boolean.TRUE.equals(rejectFreeMail.value()),
                    competitorDomains.value(),
                    titleKeywords.value(),
                    QualificationController.scoringRules(given),
                    hotAt.value(),
                    warmAt.value());
        }
    }

    record ScoringRuleInput(
            String name, ConditionInput condition, RouterInputs.LeadConditionInput when, Integer points) {}

    record QualificationView(
            boolean rejectFreeMail,
            List<String> freeMailDomains,
            List<String> competitorDomains,
            List<String> titleKeywords,
            List<ScoringRuleView> scoringRules,
            Integer hotAt,
            Integer warmAt) {
        static QualificationView of(Qualification q) {
            return new QualificationView(
                    q.rejectFreeMail(),
                    q.freeMailDomains().stream().sorted().toList(),
                    q.competitorDomains(),
                    q.titleKeywords(),
                    q.scoringRules().stream()
                            .map(r -> new ScoringRuleView(
                                    r.name(),
                                    RouterViews.condition(r.condition()),
                                    RouterViews.conditionNodes(r.condition()),
                                    r.points()))
                            .toList(),
                    q.hotAt(),
                    q.warmAt());
        }
    }

    record ScoringRuleView(String name, Object condition, List<RouterViews.ConditionNode> conditionNodes, int points) {}

    record QualificationPayload(QualificationView qualification, List<UserError> errors) {}

    private final UpdateQualification updateQualification;

    QualificationController(UpdateQualification updateQualification) {
        this.updateQualification = updateQualification;
    }

    private static List<ScoringRule> scoringRules(List<ScoringRuleInput> given) {
        if (given.size() > Qualification.MAX_SCORING_RULES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "scoringRules",
                    "at most " + Qualification.MAX_SCORING_RULES + " scoring rules");
        }
        List<ScoringRule> rules = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            ScoringRuleInput rule = given.get(i);
            rules.add(RouterInputs.at(
                    "scoringRules[" + i + "]",
                    () -> new ScoringRule(rule.name(), scoringCondition(rule), rule.points())));
        }
        return rules;
    }

    private static Condition scoringCondition(ScoringRuleInput rule) {
        Condition given = RouterInputs.chosenCondition(rule.condition(), "condition", rule.when());
        if (given == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "when", "a scoring rule needs its condition");
        }
        return given;
    }

    @SchemaMapping(typeName = "QualificationSettings", field = "version")
    int version(QualificationView settings) {
        return updateQualification.version();
    }

    @QueryMapping
    QualificationView qualification() {
        return QualificationView.of(updateQualification.current());
    }

    @MutationMapping
    QualificationPayload updateQualification(@Argument QualificationInput input) {
        try {
            var changes = new QualificationChanges(
                    Changes.of(input.rejectFreeMail()),
                    Changes.of(input.freeMailDomains()).map(HashSet::new),
                    Changes.of(input.competitorDomains()),
                    Changes.of(input.titleKeywords()),
                    Changes.of(input.scoringRules()).map(QualificationController::scoringRules),
                    Changes.of(input.hotAt()),
                    Changes.of(input.warmAt()),
                    input.expectedVersion());
            return new QualificationPayload(QualificationView.of(updateQualification.update(changes)), List.of());
        } catch (InputRejected rejected) {
            return new QualificationPayload(null, UserError.of(rejected));
        }
    }
}
