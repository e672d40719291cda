/**
 * The GraphQL API: controllers that translate requests into use case calls and their answers into views and user
 * errors.
 */
package dev.switchboard.api.graphql;
