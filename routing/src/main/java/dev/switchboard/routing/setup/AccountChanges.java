package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.RepId;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an admin changes in an account; every field left as {@link Change#keep()} stays as it is. Set to null,
 * what is known of the company (industry, employees, annual revenue, country) is forgotten; a name, domains or
 * owner set to null are refused ({@code REQUIRED}).
 *
 * @param expectedVersion the version the changes were made from: they are refused ({@code STALE}) when it has
 *                        changed since; null to change whatever version it is at
 */
public record AccountChanges(
        Change<String> name,
        Change<List<String>> domains,
        Change<RepId> ownerId,
        Change<String> industry,
        Change<Integer> employees,
        Change<BigDecimal> annualRevenue,
        Change<String> country,
        Integer expectedVersion) {

    public AccountChanges {
        name = orKeep(name);
        domains = orKeep(domains);
        ownerId = orKeep(ownerId);
        industry = orKeep(industry);
        employees = orKeep(employees);
        annualRevenue = orKeep(annualRevenue);
        country = orKeep(country);
    }

    /** Every field replaced by the command's: the whole account as given. */
    public static AccountChanges whole(AccountCommand command) {
        return new AccountChanges(
                Change.to(command.name()),
                Change.to(command.domains()),
                Change.to(command.ownerId()),
                Change.to(command.industry()),
                Change.to(command.employees()),
                Change.to(command.annualRevenue()),
                Change.to(command.country()),
                null);
    }

    /** The account as these changes leave it, checked as a new account is. */
    Account applyTo(Account existing) {
        return new Account(
                existing.id(),
                name.applyTo(existing.name()),
                domains.applyTo(existing.domains()),
                ownerId.applyTo(existing.ownerId()),
                industry.applyTo(existing.industry()),
                employees.applyTo(existing.employees()),
                annualRevenue.applyTo(existing.annualRevenue()),
                country.applyTo(existing.country()));
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
