package dev.switchboard.api.demo;

import dev.switchboard.api.graphql.GlobalIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /demo}: a typical company page with two forms the booking widget serves, the demo form's widget key
 * written into it so nobody has to copy one. Only on the demo, like the data it books against.
 */
@Controller
@ConditionalOnBooleanProperty(name = "switchboard.demo.enabled", matchIfMissing = true)
class DemoPage {

    private static final String TEMPLATE = read("demo/index.html");

    private final DemoBooking booking;

    DemoPage(DemoBooking booking) {
        this.booking = booking;
    }

    @GetMapping(value = "/demo", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        String key = booking.keyForThisPort().map(k -> k.key()).orElse("");
        // The form's id as the API answers it (its global id), which the widget sends back.
        String formId = booking.demoForm()
                .map(f -> GlobalIds.encode("Form", f.id().value()))
                .orElse("");
        // The rendered form has a key of its own; a database seeded before it had one renders the classic form.
        String renderedKey = booking.keyFor(DemoWorkspace.RENDERED_FORM_NAME)
                .map(k -> k.key())
                .orElse(key);
        // Keys are sb_pk_ and base64url characters; escaped anyway, as anything written into a page should be.
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(TEMPLATE.replace("{{widgetKey}}", escape(key))
                        .replace("{{formId}}", escape(formId))
                        .replace("{{formKey}}", escape(renderedKey))
                        .replace("{{missing}}", key.isEmpty() ? "" : "hidden"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static String read(String resource) {
        try (InputStream in = DemoPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo page's template is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
