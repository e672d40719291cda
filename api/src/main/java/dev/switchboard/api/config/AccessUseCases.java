package dev.switchboard.api.config;

import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.ChangePassword;
import dev.switchboard.access.CreateApiKey;
import dev.switchboard.access.CreateUser;
import dev.switchboard.access.CreateWidgetKey;
import dev.switchboard.access.DeactivateUser;
import dev.switchboard.access.PasswordHashes;
import dev.switchboard.access.Users;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Access's use cases (people and keys), wired to their ports. */
@Configuration(proxyBeanMethods = false)
class AccessUseCases {

    @Bean
    CreateApiKey createApiKey(ApiKeys apiKeys, Clock clock) {
        return new CreateApiKey(apiKeys, clock);
    }

    @Bean
    CreateUser createUser(Users users, Reps reps, PasswordHashes hashes) {
        return new CreateUser(users, reps, hashes);
    }

    @Bean
    ChangePassword changePassword(Users users, PasswordHashes hashes) {
        return new ChangePassword(users, hashes);
    }

    @Bean
    DeactivateUser deactivateUser(Users users) {
        return new DeactivateUser(users);
    }

    @Bean
    CreateWidgetKey createWidgetKey(WidgetKeys widgetKeys, Forms forms, Clock clock) {
        return new CreateWidgetKey(widgetKeys, forms, clock);
    }
}
