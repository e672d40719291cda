/** Operations: Micrometer metrics of intake, bookings, deliveries and calendar calls, and health indicators. */
package dev.switchboard.api.ops;
