/**
 * Spring Security around the API: bearer keys, sessions, sign-in, the first admin, widget rate limits and the
 * operation gate.
 */
package dev.switchboard.api.security;
