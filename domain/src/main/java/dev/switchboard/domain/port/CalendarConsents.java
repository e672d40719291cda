package dev.switchboard.domain.port;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import java.net.URI;

/**
 * A calendar service where a rep grants Switchboard access to their calendar on the service's own
 * consent page (the OAuth 2.0 authorization-code flow), e.g. Google.
 */
public interface CalendarConsents {

    /**
     * The page to send the rep to; the service sends the rep back with a code and {@code state} unchanged.
     *
     * @throws CalendarFault {@code UNAUTHORIZED} when Switchboard has no client registered with the service
     */
    URI consentPage(String state);

    /**
     * The connection the code the service sent back grants.
     *
     * @throws CalendarFault {@code UNAUTHORIZED} when the service refuses the code (expired, used, another client)
     */
    CalendarConnection connectionFor(String code);
}
