package dev.switchboard.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the setting is declared (for IDEs and the configuration metadata); {@link DemoWorkspace} and the first
 * admin's demo go by it.
 *
 * @param enabled seed an empty database with demo reps and a pool, and print a first admin when none is
 *                configured; set false for a real deployment
 */
@ConfigurationProperties("switchboard.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {}
