/** The HTTP adapter that posts webhook deliveries to their receivers. */
package dev.switchboard.outbound.adapter.http;
