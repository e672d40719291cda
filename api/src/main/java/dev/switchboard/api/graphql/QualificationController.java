package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterInputs.ConditionInput;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.routing.qualification.FreeMailDomains;
import dev.switchboard.routing.qualification.UpdateQualification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class QualificationController {

    record QualificationInput(
            Boolean rejectFreeMail,
            List<String> freeMailDomains,
            List<String> competitorDomains,
            List<String> titleKeywords,
            List<ScoringRuleInput> scoringRules,
            Integer hotAt,
            Integer warmAt) {}

    record ScoringRuleInput(String name, ConditionInput condition, Integer points) {}

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

    @QueryMapping
    QualificationView qualification() {
        return QualificationView.of(updateQualification.current());
    }

    @MutationMapping
    QualificationPayload updateQualification(@Argument QualificationInput input) {
        try {
            List<ScoringRuleInput> given = input.scoringRules() == null ? List.of() : input.scoringRules();
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
                        () -> new ScoringRule(
                                rule.name(),
                                RouterInputs.at(
                                        "condition", () -> rule.condition().toCondition(1)),
                                rule.points())));
            }
            Qualification qualification = new Qualification(
                    input.freeMailDomains() == null
                            ? FreeMailDomains.shipped()
                            : new HashSet<>(input.freeMailDomains()),
                    Boolean.TRUE.equals(input.rejectFreeMail()),
                    input.competitorDomains(),
                    input.titleKeywords(),
                    rules,
                    input.hotAt(),
                    input.warmAt());
            return new QualificationPayload(QualificationView.of(updateQualification.update(qualification)), List.of());
        } catch (InputRejected rejected) {
            return new QualificationPayload(null, UserError.of(rejected));
        }
    }
}
