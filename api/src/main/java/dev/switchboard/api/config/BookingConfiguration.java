package dev.switchboard.api.config;

import dev.switchboard.api.ops.CalendarCalls;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.SlotHolds;
import dev.switchboard.routing.strategy.Rotation;
import dev.switchboard.scheduling.booking.BookMeeting;
import dev.switchboard.scheduling.booking.BookingOutcomes;
import dev.switchboard.scheduling.booking.CancelBooking;
import dev.switchboard.scheduling.booking.FindLeadSlots;
import dev.switchboard.scheduling.booking.PoolTurns;
import dev.switchboard.scheduling.booking.RescheduleBooking;
import dev.switchboard.scheduling.booking.SweepStrayHolds;
import dev.switchboard.scheduling.booking.WriteCalendarEvents;
import dev.switchboard.scheduling.busy.BusyTimes;
import dev.switchboard.scheduling.slots.FindSlots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Booking's use cases, and the pool rotation that picks a pool member for a booking. */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    /**
     * A pool's members from its next rotation turn on, each once: routing's rotation (weighted when the pool
     * is), so bookings share a pool's members as leads do.
     */
    @Bean
    PoolTurns poolTurns(Rotations rotations) {
        return (Pool pool) -> {
            long turn = rotations.nextTurn(pool.id());
            Rotation rotation = Rotation.of(pool);
            Set<RepId> order = new LinkedHashSet<>();
            for (long t = turn;
                    t < turn + rotation.cycle() && order.size() < pool.members().size();
                    t++) {
                order.add(pool.members().get(rotation.positionAt(t)).repId());
            }
            List<RepId> all = new ArrayList<>(order);
            pool.repIds().stream().filter(r -> !order.contains(r)).forEach(all::add);
            return all;
        };
    }

    @Bean
    BookMeeting bookMeeting(
            Leads leads,
            Assignments assignments,
            MeetingTypes meetingTypes,
            Reps reps,
            Pools pools,
            Bookings bookings,
            SlotHolds holds,
            CalendarConnections connections,
            PoolTurns turns,
            MeetingNotices notices,
            FindSlots findSlots,
            Events events,
            WriteCalendarEvents calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        return new BookMeeting(
                leads,
                assignments,
                meetingTypes,
                reps,
                pools,
                bookings,
                holds,
                connections,
                turns,
                notices,
                findSlots,
                events,
                calendarWrites,
                outcomes,
                clock);
    }

    @Bean
    FindLeadSlots findLeadSlots(
            Leads leads, Assignments assignments, MeetingTypes meetingTypes, FindSlots findSlots, Clock clock) {
        return new FindLeadSlots(leads, assignments, meetingTypes, findSlots, clock);
    }

    @Bean
    RescheduleBooking rescheduleBooking(
            Bookings bookings,
            MeetingTypes meetingTypes,
            SlotHolds holds,
            MeetingNotices notices,
            FindSlots findSlots,
            Events events,
            WriteCalendarEvents calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        return new RescheduleBooking(
                bookings, meetingTypes, holds, notices, findSlots, events, calendarWrites, outcomes, clock);
    }

    @Bean
    CancelBooking cancelBooking(
            Bookings bookings,
            SlotHolds holds,
            MeetingNotices notices,
            Events events,
            WriteCalendarEvents calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        return new CancelBooking(bookings, holds, notices, events, calendarWrites, outcomes, clock);
    }

    @Bean
    SweepStrayHolds sweepStrayHolds(SlotHolds holds, Bookings bookings, Clock clock) {
        return new SweepStrayHolds(holds, bookings, clock);
    }

    @Bean
    WriteCalendarEvents writeCalendarEvents(
            Bookings bookings,
            CalendarConnections connections,
            ObjectProvider<Calendars> calendars,
            CalendarCalls calls,
            BusyTimes busyTimes,
            Clock clock,
            BookingProperties properties) {
        return new WriteCalendarEvents(
                bookings,
                connections,
                calls.metered(calendars.orderedStream().toList()),
                busyTimes,
                clock,
                properties.retries(),
                properties.lease());
    }
}
