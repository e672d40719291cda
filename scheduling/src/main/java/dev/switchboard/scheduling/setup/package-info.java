/** Setting up scheduling: meeting types, working hours, time off and slot policies. */
package dev.switchboard.scheduling.setup;
