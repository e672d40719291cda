package dev.switchboard.routing.qualification;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.port.Qualifications;

/** Replaces the workspace's screening and scoring; every lead from now on is qualified by it. */
public final class UpdateQualification {

    private final Qualifications qualifications;

    public UpdateQualification(Qualifications qualifications) {
        this.qualifications = qualifications;
    }

    public Qualification update(Qualification qualification) {
        if (qualification == null) {
            throw InputRejected.required("qualification");
        }
        qualifications.replace(qualification);
        return qualification;
    }

    /** The setting in force: the stored one, or no screening with the shipped free-mail list. */
    public Qualification current() {
        return qualifications.current().orElseGet(() -> Qualification.none(FreeMailDomains.shipped()));
    }
}
