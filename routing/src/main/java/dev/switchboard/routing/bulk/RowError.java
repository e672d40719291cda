package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.ErrorCode;

/**
 * Why a row of a bulk import was left out.
 *
 * @param line    the row's line in the file, from 1
 * @param key     the row's key as far as it could be read (a rep's email, an account's first domain, a lead's
 *                external id or email and time), or null
 * @param field   the path of the field at fault within the row ({@code domains[1]}, {@code attributes.plan}), or
 *                null when the row as a whole is (not JSON, not an object)
 */
public record RowError(int line, String key, String field, ErrorCode code, String message) {}
