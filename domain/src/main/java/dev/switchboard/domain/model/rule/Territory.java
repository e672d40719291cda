package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.Countries;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.Text;
import java.util.Locale;

/**
 * A sales territory: a country, optionally narrowed to a region (state, province) or to postal codes,
 * given by prefix ({@code 75} for Paris) or by an inclusive range compared on the same number of
 * leading characters ({@code 90000}-{@code 96199} for much of California).
 */
public record Territory(String country, String region, String postalPrefix, String postalFrom, String postalTo) {

    public Territory {
        String given = Text.required("country", country, 100);
        country = Countries.code(given)
                .orElseThrow(() -> new InputRejected(
                        ErrorCode.INVALID_FORMAT, "country", given + " is not a country code or name we know"));
        region = Text.optional("region", region, 100);
        postalPrefix = postal("postalPrefix", postalPrefix);
        postalFrom = postal("postalFrom", postalFrom);
        postalTo = postal("postalTo", postalTo);
        if ((postalFrom == null) != (postalTo == null)) {
            throw new InputRejected(
                    ErrorCode.REQUIRED,
                    postalFrom == null ? "postalFrom" : "postalTo",
                    "a postal range needs both ends");
        }
        if (postalFrom != null && (postalFrom.length() != postalTo.length() || postalFrom.compareTo(postalTo) > 0)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "postalTo",
                    "a postal range runs from low to high with ends of equal length");
        }
        if (postalPrefix != null && postalFrom != null) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "postalPrefix", "give a postal prefix or a range, not both");
        }
    }

    public static Territory country(String country) {
        return new Territory(country, null, null, null, null);
    }

    private static String postal(String field, String value) {
        String text = Text.optional(field, value, 20);
        return text == null ? null : text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public boolean contains(LeadDetails lead) {
        if (!Countries.code(lead.country()).map(country::equals).orElse(false)) {
            return false;
        }
        if (region != null
                && (lead.region() == null
                        || !region.equalsIgnoreCase(lead.region().strip()))) {
            return false;
        }
        if (postalPrefix == null && postalFrom == null) {
            return true;
        }
        if (lead.postalCode() == null) {
            return false;
        }
        String postal = lead.postalCode().replace(" ", "").toUpperCase(Locale.ROOT);
        if (postalPrefix != null) {
            return postal.startsWith(postalPrefix);
        }
        if (postal.length() < postalFrom.length()) {
            return false;
        }
        String head = postal.substring(0, postalFrom.length());
        return head.compareTo(postalFrom) >= 0 && head.compareTo(postalTo) <= 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(country);
        if (region != null) {
            text.append('/').append(region);
        }
        if (postalPrefix != null) {
            text.append(" postal ").append(postalPrefix).append('*');
        }
        if (postalFrom != null) {
            text.append(" postal ").append(postalFrom).append('-').append(postalTo);
        }
        return text.toString();
    }
}
