package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What is known of a company besides what a prospect typed on a form, used to fill the blanks of a
 * lead before it is routed.
 *
 * @param source where the facts come from, for the explanation, e.g. {@code account Acme}
 * @param company the company's name, or null; likewise each other fact
 */
public record CompanyProfile(
        String source, String company, String industry, Integer employees, BigDecimal annualRevenue, String country) {

    public CompanyProfile {
        Objects.requireNonNull(source, "source");
    }
}
