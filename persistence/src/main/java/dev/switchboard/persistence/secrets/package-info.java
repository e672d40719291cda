/** Seals secrets with AES-256-GCM before they are stored. */
package dev.switchboard.persistence.secrets;
