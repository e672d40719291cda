package dev.switchboard.routing.qualification;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.port.Qualifications;

/**
 * Changes the workspace's screening and scoring, keeping what the changes leave out
 * ({@link QualificationChanges}); every lead from now on is qualified by it. {@code STALE} on
 * {@code expectedVersion} when the settings changed since the version the changes were made from.
 */
public final class UpdateQualification {

    private final Qualifications qualifications;

    public UpdateQualification(Qualifications qualifications) {
        this.qualifications = qualifications;
    }

    public Qualification update(QualificationChanges changes) {
        if (changes == null) {
            throw InputRejected.required("qualification");
        }
        Qualification qualification = changes.applyTo(current());
        if (!qualifications.replace(qualification, changes.expectedVersion())) {
            throw InputRejected.stale("qualification", changes.expectedVersion());
        }
        return qualification;
    }

    /** The setting's version: 0 before its first change. */
    public int version() {
        return qualifications.version();
    }

    /** The setting in force: the stored one, or no screening with the shipped free-mail list. */
    public Qualification current() {
        return qualifications.current().orElseGet(() -> Qualification.none(FreeMailDomains.shipped()));
    }
}
