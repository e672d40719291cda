package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.CalendarConsents;
import dev.switchboard.domain.port.ConsentStates;
import dev.switchboard.domain.port.Reps;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Starts connecting a rep's calendar through the calendar service's consent page: issues a single-use,
 * unguessable state naming the rep, good for {@link #VALID_FOR}, and gives the page to send the rep to.
 */
public final class StartCalendarConsent {

    /** Long enough to sign in and consent, short enough that a leaked link soon stops working. */
    public static final Duration VALID_FOR = Duration.ofMinutes(15);

    private final SecureRandom random = new SecureRandom();
    private final Reps reps;
    private final ConsentStates states;
    private final CalendarConsents consents;
    private final Clock clock;

    public StartCalendarConsent(Reps reps, ConsentStates states, CalendarConsents consents, Clock clock) {
        this.reps = reps;
        this.states = states;
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * @return the consent page for the rep
     * @throws InputRejected {@code NOT_FOUND} on {@code repId} for an unknown rep
     */
    public URI start(RepId repId) {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        reps.byId(repId).orElseThrow(() -> InputRejected.notFound("repId", "rep", repId.value()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        URI page = consents.consentPage(state);
        states.issue(state, repId, clock.instant().plus(VALID_FOR));
        return page;
    }
}
