package dev.switchboard.routing.qualification;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.ScoringRule;
import java.util.List;
import java.util.Set;

/**
 * What an admin changes in the qualification settings; every field left as {@link Change#keep()} stays as it
 * is. Set to null: free mail is not rejected, the free-mail domains are the shipped list, the competitor
 * domains, title keywords and scoring rules are none, and a threshold is off (tiers need both or neither).
 *
 * @param expectedVersion the version the changes were made from: they are refused ({@code STALE}) when it has
 *                        changed since; null to change whatever version it is at
 */
public record QualificationChanges(
        Change<Boolean> rejectFreeMail,
        Change<Set<String>> freeMailDomains,
        Change<List<String>> competitorDomains,
        Change<List<String>> titleKeywords,
        Change<List<ScoringRule>> scoringRules,
        Change<Integer> hotAt,
        Change<Integer> warmAt,
        Integer expectedVersion) {

    public QualificationChanges {
        rejectFreeMail = orKeep(rejectFreeMail);
        freeMailDomains = orKeep(freeMailDomains);
        competitorDomains = orKeep(competitorDomains);
        titleKeywords = orKeep(titleKeywords);
        scoringRules = orKeep(scoringRules);
        hotAt = orKeep(hotAt);
        warmAt = orKeep(warmAt);
    }

    /** The settings as these changes leave them, checked as new settings are. */
    Qualification applyTo(Qualification existing) {
        Set<String> freeMail = freeMailDomains.applyTo(existing.freeMailDomains());
        return new Qualification(
                freeMail == null ? FreeMailDomains.shipped() : freeMail,
                Boolean.TRUE.equals(rejectFreeMail.applyTo(existing.rejectFreeMail())),
                competitorDomains.applyTo(existing.competitorDomains()),
                titleKeywords.applyTo(existing.titleKeywords()),
                scoringRules.applyTo(existing.scoringRules()),
                hotAt.applyTo(existing.hotAt()),
                warmAt.applyTo(existing.warmAt()));
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
