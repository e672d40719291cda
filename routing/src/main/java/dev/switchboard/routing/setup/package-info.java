/** Setting up what routing draws on: reps, pools, forms and accounts. */
package dev.switchboard.routing.setup;
