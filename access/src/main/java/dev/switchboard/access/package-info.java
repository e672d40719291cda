/**
 * Who may do what: users, API keys, widget keys, sign-in, roles and scopes, the policy that admits each operation,
 * and the use cases that manage them, in plain Java behind ports of its own.
 */
package dev.switchboard.access;
