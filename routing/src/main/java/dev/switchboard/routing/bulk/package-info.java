/**
 * Bulk import: reps, accounts and leads (as history) from another tool, as JSON lines, checked row by row and
 * stored in batches by a leased background worker that survives a crash. Start with {@link
 * dev.switchboard.routing.bulk.StartBulkImport}; {@link dev.switchboard.routing.bulk.RunBulkImports} does the work.
 */
package dev.switchboard.routing.bulk;
