/**
 * Routers and their rules: conditions on a lead's fields, territories, qualification and scoring, and the actions
 * rules take.
 */
package dev.switchboard.domain.model.rule;
