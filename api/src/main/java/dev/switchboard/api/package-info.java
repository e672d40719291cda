/**
 * The Spring Boot application that serves Switchboard: inbound adapters, wiring and operations around the core
 * modules.
 */
package dev.switchboard.api;
