package dev.switchboard.api.config;

import dev.switchboard.api.ops.CalendarCalls;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.CalendarHealth;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.domain.port.FreeSlots;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.SlotPolicies;
import dev.switchboard.scheduling.busy.BusyTimes;
import dev.switchboard.scheduling.connect.CheckCalendar;
import dev.switchboard.scheduling.presence.ScheduledAbsences;
import dev.switchboard.scheduling.setup.AddTimeOff;
import dev.switchboard.scheduling.setup.CreateMeetingType;
import dev.switchboard.scheduling.setup.SetAvailability;
import dev.switchboard.scheduling.setup.SetSlotPolicy;
import dev.switchboard.scheduling.setup.UpdateMeetingType;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FirstFreeSlots;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scheduling's use cases (availability, meeting types, slots), wired to the MongoDB adapters and the calendar adapters. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    /** Queued reads beyond this are refused at once (the rep is then "unknown") rather than waiting behind a stuck calendar. */
    private static final int MAX_QUEUED_READS = 1_000;

    /**
     * Runs calendar reads: a bounded pool, so a slow calendar service cannot take every thread. Not exposed
     * as an {@code Executor} bean, which would make Spring Boot's own task executor back off.
     */
    static final class CalendarReads implements AutoCloseable {

        final ThreadPoolExecutor executor;

        CalendarReads(int threads) {
            AtomicInteger count = new AtomicInteger();
            executor = new ThreadPoolExecutor(
                    threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_QUEUED_READS), task -> {
                        Thread thread = new Thread(task, "calendar-read-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean
    CalendarReads calendarReads(SchedulingProperties properties) {
        return new CalendarReads(properties.calendarReadThreads());
    }

    /** Every {@link Calendars} adapter bean is asked in turn whether it supports a rep's connection. */
    @Bean
    BusyTimes busyTimes(
            CalendarConnections connections,
            ObjectProvider<Calendars> calendars,
            CalendarCalls calls,
            Clock clock,
            SchedulingProperties properties,
            CalendarReads calendarReads,
            CalendarHealth health) {
        List<Calendars> adapters = calls.metered(calendars.orderedStream().toList());
        return new BusyTimes(
                connections,
                adapters,
                clock,
                properties.busyCacheTtl(),
                properties.calendarTimeout(),
                calendarReads.executor,
                health);
    }

    @Bean
    CheckCalendar checkCalendar(Reps reps, CalendarConnections connections, BusyTimes busyTimes, Clock clock) {
        return new CheckCalendar(reps, connections, busyTimes, clock);
    }

    @Bean
    FindSlots findSlots(
            Reps reps,
            Pools pools,
            MeetingTypes meetingTypes,
            Availabilities availabilities,
            Bookings bookings,
            BusyTimes busyTimes,
            SlotPolicies policies,
            Clock clock) {
        return new FindSlots(reps, pools, meetingTypes, availabilities, bookings, busyTimes, policies, clock);
    }

    /** What availability-first pools ask before a member may take a lead. */
    @Bean
    FreeSlots freeSlots(
            MeetingTypes meetingTypes,
            Availabilities availabilities,
            Bookings bookings,
            BusyTimes busyTimes,
            SlotPolicies policies,
            Clock clock) {
        return new FirstFreeSlots(meetingTypes, availabilities, bookings, busyTimes, policies, clock);
    }

    /** Routing's view of reps' schedules: time off, holidays and working hours pass a rep over. */
    @Bean
    Absences absences(Availabilities availabilities) {
        return new ScheduledAbsences(availabilities);
    }

    @Bean
    SetAvailability setAvailability(Reps reps, Availabilities availabilities) {
        return new SetAvailability(reps, availabilities);
    }

    @Bean
    AddTimeOff addTimeOff(Reps reps, Availabilities availabilities) {
        return new AddTimeOff(reps, availabilities);
    }

    @Bean
    CreateMeetingType createMeetingType(MeetingTypes meetingTypes) {
        return new CreateMeetingType(meetingTypes);
    }

    @Bean
    UpdateMeetingType updateMeetingType(MeetingTypes meetingTypes) {
        return new UpdateMeetingType(meetingTypes);
    }

    @Bean
    SetSlotPolicy setSlotPolicy(Pools pools, SlotPolicies policies) {
        return new SetSlotPolicy(pools, policies);
    }
}
