package dev.switchboard.api.graphql;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Schema enums whose values the core holds under other names: a {@code Tier} is {@code hot}, {@code warm} or
 * {@code cold} in the domain (router conditions compare those words), {@code HOT}, {@code WARM}, {@code COLD} in the
 * API. The other enums are named as their Java enums or strings are.
 */
@Configuration(proxyBeanMethods = false)
class EnumValues {

    @Bean
    RuntimeWiringConfigurer enumWiring() {
        return wiring -> wiring.type("Tier", tier -> tier.enumValues(name -> name.toLowerCase(Locale.ROOT)));
    }
}
