package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.AccessController.ApiKeyView;
import dev.switchboard.api.graphql.AccessController.UserView;
import dev.switchboard.api.graphql.AccountController.AccountView;
import dev.switchboard.api.graphql.FormViews.FormView;
import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.api.graphql.WebhookController.WebhookView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Which schema type each member of the {@code AuditTarget} union is: the views are named after their types with
 * {@code View} behind, which the default resolver (by class name) does not match.
 */
@Configuration(proxyBeanMethods = false)
class AuditTargetTypes {

    private static final Map<Class<?>, String> TYPES = Map.of(
            RepView.class, "Rep",
            PoolView.class, "Pool",
            RouterView.class, "Router",
            FormView.class, "Form",
            AccountView.class, "Account",
            MeetingTypeView.class, "MeetingType",
            WebhookView.class, "Webhook",
            LeadView.class, "Lead",
            UserView.class, "User",
            ApiKeyView.class, "ApiKey");

    @Bean
    RuntimeWiringConfigurer auditTargetWiring() {
        return wiring -> wiring.type(
                "AuditTarget",
                union -> union.typeResolver(env ->
                        env.getSchema().getObjectType(TYPES.get(env.getObject().getClass()))));
    }
}
