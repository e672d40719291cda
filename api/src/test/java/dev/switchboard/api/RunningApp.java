package dev.switchboard.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole Switchboard app on a free port, started and stopped by a test like a real process. */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final GraphQlClient graphQl;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.graphQl =
                new GraphQlClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    public static RunningApp start(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", 0);
        all.put("switchboard.demo.enabled", false);
        all.put("switchboard.admin.email", GraphQlClient.ADMIN_EMAIL);
        all.put("switchboard.admin.password", GraphQlClient.ADMIN_PASSWORD);
        // Every test sends from one address: the limits for callers without a key are specified where they are set.
        all.put("switchboard.security.anonymous-per-address", 100_000);
        all.put("switchboard.security.sign-in-per-address", 100_000);
        all.putAll(properties);
        // As command-line arguments, so they outrank application.yaml as an operator's settings would.
        String[] args = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new RunningApp(new SpringApplicationBuilder(SwitchboardApplication.class).run(args));
    }

    public GraphQlClient graphQl() {
        return graphQl;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
