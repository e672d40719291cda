package dev.switchboard.api.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Answers a request whose declared {@code Content-Length} is over the limit with 413 in Tomcat itself, and closes
 * the connection without reading the body. A servlet filter can answer 413 too, but Tomcat would then read on to
 * swallow the body it announced before closing, and a client that sent only the headers would keep the
 * connection (and a thread) open.
 */
@Component
class DeclaredLengthLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final long maxBytes;

    DeclaredLengthLimit(@Value("${switchboard.http.max-request-size:1MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                if (request.getContentLengthLong() <= maxBytes) {
                    getNext().invoke(request, response);
                    return;
                }
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                response.setStatus(413);
                response.setHeader(HttpHeaders.CONNECTION, "close");
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream()
                        .write(RequestBodies.ERROR
                                .formatted(
                                        "the request body is larger than " + maxBytes + " bytes", "REQUEST_TOO_LARGE")
                                .getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
