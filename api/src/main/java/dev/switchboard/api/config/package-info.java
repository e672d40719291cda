/** Spring wiring: the beans of the core use cases and their adapters, settings, schedules and the embedded database. */
package dev.switchboard.api.config;
