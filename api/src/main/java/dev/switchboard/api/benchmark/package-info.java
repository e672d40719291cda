/** What only the benchmark profile serves: the floor mutation the load harness measures against. */
package dev.switchboard.api.benchmark;
