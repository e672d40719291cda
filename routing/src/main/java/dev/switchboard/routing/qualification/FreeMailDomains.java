package dev.switchboard.routing.qualification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The list of consumer email domains Switchboard ships, for disqualifying personal addresses. */
public final class FreeMailDomains {

    private static final Set<String> SHIPPED = load();

    private FreeMailDomains() {}

    public static Set<String> shipped() {
        return SHIPPED;
    }

    private static Set<String> load() {
        try (InputStream in = FreeMailDomains.class.getResourceAsStream("free-mail-domains.txt")) {
            if (in == null) {
                throw new IllegalStateException("free-mail-domains.txt is missing from the routing module");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
