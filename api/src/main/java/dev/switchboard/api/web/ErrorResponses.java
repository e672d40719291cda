package dev.switchboard.api.web;

import dev.switchboard.api.config.DatabaseTimeouts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the container or Spring answers outside GraphQL (an unknown path, a wrong method or media type,
 * a body that cannot be read) in the same JSON shape as GraphQL errors, with a {@code code}: never an HTML page,
 * and never a stack trace. {@code /error} asked for directly, with no error behind it, is an unknown path.
 */
@RestController
class ErrorResponses implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseTimeouts.unavailable(failure)) {
            // Checking a key before GraphQL runs reads the database too: its absence is not our fault but a wait.
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        Map<String, Object> error = Map.of(
                "message",
                message(status),
                "extensions",
                Map.of(
                        "code",
                        code(status),
                        "classification",
                        status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST"));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error)));
    }

    private static String code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONTENT_TOO_LARGE -> "REQUEST_TOO_LARGE";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case TOO_MANY_REQUESTS -> "RATE_LIMITED";
            case SERVICE_UNAVAILABLE -> "UNAVAILABLE";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "INVALID_REQUEST";
        };
    }

    private static String message(HttpStatus status) {
        return status == HttpStatus.NOT_FOUND
                ? "nothing here; the API is POST /graphql"
                : status == HttpStatus.SERVICE_UNAVAILABLE
                        ? "the database is not answering now; try again shortly"
                        : status == HttpStatus.BAD_REQUEST
                                ? "the request could not be read; POST /graphql takes a JSON object holding the query"
                                : status.getReasonPhrase();
    }
}
