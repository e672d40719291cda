/** Replays past leads through a router version and compares with what happened, touching nothing live. */
package dev.switchboard.routing.replay;
