/** Lead intake: submitting a lead and routing it, simulating routing, and recording conversions. */
package dev.switchboard.routing.intake;
