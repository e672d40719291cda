package dev.switchboard.scheduling.adapter.google;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Set;

/**
 * Google's answers and silences as {@link CalendarFault}s, after Google's documented error JSON
 * ({@code {"error":{"code":403,"message":...,"errors":[{"reason":"rateLimitExceeded"}]}}}).
 */
final class GoogleFailures {

    /** The 403 reasons that mean "slow down" rather than "not allowed". */
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private GoogleFailures() {}

    /** A call that failed: an HTTP error status, or no answer at all (refused, reset, timed out). */
    static CalendarFault of(String what, IOException failure) {
        if (failure instanceof HttpResponseException http) {
            return ofStatus(what, http.getStatusCode(), reason(failure), failure);
        }
        return new CalendarFault(Kind.UNAVAILABLE, what + ": Google did not answer (" + failure + ")", failure);
    }

    static CalendarFault ofStatus(String what, int status, String reason, Exception cause) {
        String said = what + ": Google answered " + status + (reason == null ? "" : " " + reason);
        if (status == 401) {
            return new CalendarFault(Kind.UNAUTHORIZED, said + "; reconnect the calendar", cause);
        }
        if (status == 429 || (status == 403 && RATE_LIMIT_REASONS.contains(reason))) {
            return new CalendarFault(Kind.RATE_LIMITED, said, cause);
        }
        if (status == 403) {
            return new CalendarFault(Kind.UNAUTHORIZED, said, cause);
        }
        if (status == 404 || status == 410) {
            return new CalendarFault(Kind.NOT_FOUND, said, cause);
        }
        if (status == 409 || status == 412) {
            return new CalendarFault(Kind.CONFLICT, said, cause);
        }
        if (status >= 500) {
            return new CalendarFault(Kind.UNAVAILABLE, said, cause);
        }
        // Any other 4xx means Google could not use what we sent: trying again would not help.
        return new CalendarFault(Kind.MALFORMED, said, cause);
    }

    /** A 2xx answer whose body is not what Google documents. */
    static CalendarFault malformed(String what, Exception cause) {
        return new CalendarFault(Kind.MALFORMED, what + ": Google's answer could not be understood", cause);
    }

    /** Reads a 2xx answer; a body cut off by the read timeout is a silence, anything else unreadable is malformed. */
    static <T> T parse(String what, HttpResponse response, Class<T> type) {
        try {
            T parsed = response.parseAs(type);
            if (parsed == null) {
                throw malformed(what, null);
            }
            return parsed;
        } catch (SocketTimeoutException e) {
            throw of(what, e);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(what, e);
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof GoogleJsonResponseException json && json.getDetails() != null) {
            List<GoogleJsonError.ErrorInfo> errors = json.getDetails().getErrors();
            if (errors != null && !errors.isEmpty()) {
                return errors.get(0).getReason();
            }
        }
        return null;
    }
}
