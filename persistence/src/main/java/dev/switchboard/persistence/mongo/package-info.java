/** MongoDB adapters of the core modules' ports, each atomic step one single-document operation or a unique index. */
package dev.switchboard.persistence.mongo;
