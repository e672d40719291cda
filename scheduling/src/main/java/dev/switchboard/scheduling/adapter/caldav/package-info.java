/** The CalDAV adapter: reads busy time from and writes events to CalDAV calendars. */
package dev.switchboard.scheduling.adapter.caldav;
