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

    /** How often a change without expectedVersion is applied again to a setting another change moved meanwhile. */
    private static final int MAX_ATTEMPTS = 5;

    private final Qualifications qualifications;

    public UpdateQualification(Qualifications qualifications) {
        this.qualifications = qualifications;
    }

    public Qualification update(QualificationChanges changes) {
        if (changes == null) {
            throw InputRejected.required("qualification");
        }
        // Without an expectedVersion the caller asks for "whatever is there, with these changes": a change that
        // lands in between is read again and the changes applied to it, so neither edit is lost.
        for (int attempt = 0; ; attempt++) {
            Qualifications.Stored stored = qualifications.stored();
            Qualification qualification = changes.applyTo(
                    stored.qualification().orElseGet(() -> Qualification.none(FreeMailDomains.shipped())));
            Integer expected = changes.expectedVersion() != null ? changes.expectedVersion() : stored.version();
            if (qualifications.replace(qualification, expected)) {
                return qualification;
            }
            if (changes.expectedVersion() != null || attempt == MAX_ATTEMPTS) {
                throw InputRejected.stale("qualification", expected);
            }
        }
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
