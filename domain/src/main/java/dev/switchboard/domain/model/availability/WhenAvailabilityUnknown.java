package dev.switchboard.domain.model.availability;

/** What slots make of a rep whose calendar could not be read. */
public enum WhenAvailabilityUnknown {
    /** Offer none of the rep's slots: better no slot than a double booking. The default. */
    EXCLUDE,
    /** Offer the rep's slots from working hours and bookings alone, as if the calendar were empty. */
    TRUST_WORKING_HOURS
}
