package dev.switchboard.routing.intake;

/**
 * Where {@link SubmitLead} reports each submission as it answers it, for whoever counts and logs them (operations'
 * metrics). A submission repeated with the same idempotency key is reported with {@link LeadRouted#repeat()} set.
 */
@FunctionalInterface
public interface IntakeOutcomes {

    /** Reports nothing: for callers that count nothing. */
    IntakeOutcomes UNCOUNTED = routed -> {};

    void submitted(LeadRouted routed);
}
