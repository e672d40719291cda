/** The ICS feed adapter: reads busy time from a published iCalendar feed, bounded and cached. */
package dev.switchboard.scheduling.adapter.ics;
