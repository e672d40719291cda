/**
 * The domain's values and entities: leads, reps, pools, forms, accounts, routing decisions and their explanations,
 * and input errors.
 */
package dev.switchboard.domain.model;
