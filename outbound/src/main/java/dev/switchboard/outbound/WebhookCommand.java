package dev.switchboard.outbound;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an admin says a webhook is: where to post (an absolute http or https URL), which event types, and
 * optionally its signing secret (16 to 200 characters; one is made when none is given).
 */
public record WebhookCommand(String url, List<String> eventTypes, String secret) {

    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    private static final int MAX_URL = 2000;

    public WebhookCommand {
        // url, eventTypes and secret are checked each on its own, so one answer names every fault.
        List<InputRejected> faults = new ArrayList<>();
        String given = url;
        String checkedUrl = InputsRejected.collect(faults, () -> checkedUrl(given));
        if (eventTypes == null || eventTypes.isEmpty()) {
            faults.add(InputRejected.required("eventTypes"));
        } else {
            for (int n = 0; n < eventTypes.size(); n++) {
                if (!EventTypes.ALL.contains(eventTypes.get(n))) {
                    faults.add(new InputRejected(
                            ErrorCode.INVALID_FORMAT,
                            "eventTypes[" + n + "]",
                            "no event type is called " + eventTypes.get(n) + "; there are "
                                    + String.join(", ", EventTypes.ALL)));
                }
            }
        }
        if (secret != null && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
            faults.add(new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "secret",
                    "a secret has " + MIN_SECRET + " to " + MAX_SECRET + " characters"));
        }
        InputsRejected.throwIfAny(faults);
        url = checkedUrl;
        eventTypes = List.copyOf(new LinkedHashSet<>(eventTypes));
    }

    private static String checkedUrl(String given) {
        String url = Text.required("url", given, MAX_URL);
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "url", "url is not a URL");
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "url", "url must be an absolute http or https URL");
        }
        return url;
    }
}
