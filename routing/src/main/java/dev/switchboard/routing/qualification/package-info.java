/** Qualification settings: free mail domains, competitors and scoring that screen leads before routing. */
package dev.switchboard.routing.qualification;
