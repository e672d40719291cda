package dev.switchboard.api.web;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.scheduling.connect.FinishCalendarConsent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where Google sends a rep back after the consent page ({@code switchboard.google.redirect-uri}). The rep's
 * browser shows the answer, so it is a small page; it never repeats anything from the request, so nothing
 * sent in the link can end up in the page.
 */
@Controller
class GoogleConsentCallback {

    private static final Logger log = LoggerFactory.getLogger(GoogleConsentCallback.class);

    private final FinishCalendarConsent finishCalendarConsent;

    GoogleConsentCallback(FinishCalendarConsent finishCalendarConsent) {
        this.finishCalendarConsent = finishCalendarConsent;
    }

    @GetMapping("/oauth/google/callback")
    ResponseEntity<String> callback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error) {
        if (error != null) {
            // The rep declined (access_denied) or Google could not ask: nothing was granted, nothing is stored.
            return page(
                    HttpStatus.BAD_REQUEST,
                    "Google Calendar was not connected",
                    "Access was not granted. Ask your admin for a new link to try again.");
        }
        try {
            finishCalendarConsent.finish(state, code);
            return page(
                    HttpStatus.OK,
                    "Google Calendar connected",
                    "Switchboard can now see when you are busy and put booked meetings in your calendar. You can close this window.");
        } catch (InputRejected rejected) {
            return page(
                    HttpStatus.BAD_REQUEST,
                    "Google Calendar was not connected",
                    "This link is unknown, was already used or has expired. Ask your admin for a new one.");
        } catch (CalendarFault fault) {
            log.warn("Google refused the consent code: {}", fault.getMessage());
            return page(
                    fault.retryable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
                    "Google Calendar was not connected",
                    "Google did not confirm the access. Ask your admin for a new link to try again.");
        }
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
                <h1>%s</h1><p>%s</p></body></html>
                """.formatted(title, title, message);
        return ResponseEntity.status(status)
                .contentType(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
