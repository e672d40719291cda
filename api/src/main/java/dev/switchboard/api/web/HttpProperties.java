package dev.switchboard.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize larger request bodies are refused with 413 before anything parses them
 */
@ConfigurationProperties("switchboard.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxRequestSize) {}
