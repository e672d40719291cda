/** The SMTP adapter of outbound's mail port: renders and sends invites and notes. */
package dev.switchboard.api.mail;
