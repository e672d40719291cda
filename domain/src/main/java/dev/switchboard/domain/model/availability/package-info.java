/** When reps work: working hours, date overrides and time off. */
package dev.switchboard.domain.model.availability;
