/** Fills a lead's blank firmographics from what is known of its company. */
package dev.switchboard.routing.enrichment;
