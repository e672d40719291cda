package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Reps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Account rows, keyed by domain: {@code name}, {@code domains} (an array; {@code domain}, one string, also does),
 * {@code owner} (the rep's email or id), and optionally {@code industry}, {@code employees}, {@code annualRevenue}
 * and {@code country}. The same rules as the CSV import ({@code ImportAccounts}) and {@code CreateAccount}: a row
 * whose domains an account holds replaces that account, keeping what the row leaves out; a row whose domains two
 * accounts hold, or that repeats a domain or an account of an earlier row of its batch, is {@code DUPLICATE}.
 */
final class AccountRows implements RowImport {

    static final Set<String> FIELDS =
            Set.of("name", "domains", "domain", "owner", "industry", "employees", "annualRevenue", "country");

    private record Read(int line, Account account) {}

    private final Accounts accounts;
    private final Reps reps;

    AccountRows(Accounts accounts, Reps reps) {
        this.accounts = accounts;
        this.reps = reps;
    }

    @Override
    public void importRows(List<JsonRow> rows, BatchTally tally) {
        Map<String, Rep> owners = owners(rows);
        List<Read> reads = new ArrayList<>();
        Map<String, Integer> domainLines = new HashMap<>();
        for (JsonRow row : rows) {
            String key = key(row);
            try {
                Account account = read(row, owners);
                for (String domain : account.domains()) {
                    Integer earlier = domainLines.get(domain);
                    if (earlier != null) {
                        throw new InputRejected(ErrorCode.DUPLICATE, "domains", domain + " is on line " + earlier);
                    }
                }
                account.domains().forEach(d -> domainLines.put(d, row.line()));
                reads.add(new Read(row.line(), account));
            } catch (InputRejected rejected) {
                tally.failed(row.line(), key, rejected);
            } catch (InputsRejected several) {
                // One error a row, so that the failed count is a count of rows: its first fault.
                tally.failed(row.line(), key, several.faults().get(0));
            }
        }
        Map<String, Account> byDomain = new HashMap<>();
        for (Account account : accounts.holdingAny(domainLines.keySet())) {
            account.domains().forEach(d -> byDomain.put(d, account));
        }
        Set<AccountId> taken = new HashSet<>();
        List<Account> added = new ArrayList<>();
        List<Account> replaced = new ArrayList<>();
        Map<AccountId, Integer> lines = new HashMap<>();
        for (Read read : reads) {
            Account row = read.account();
            Set<Account> holders = new LinkedHashSet<>();
            row.domains().stream().map(byDomain::get).filter(a -> a != null).forEach(holders::add);
            String key = row.domains().get(0);
            if (holders.size() > 1) {
                tally.failed(
                        read.line(),
                        key,
                        ErrorCode.DUPLICATE,
                        "domains",
                        "these domains belong to " + holders.size() + " accounts: "
                                + String.join(
                                        ", ",
                                        holders.stream().map(Account::name).toList()));
                continue;
            }
            if (holders.isEmpty()) {
                Account account = with(row, AccountId.random());
                added.add(account);
                lines.put(account.id(), read.line());
                continue;
            }
            Account stored = holders.iterator().next();
            if (!taken.add(stored.id())) {
                tally.failed(
                        read.line(),
                        key,
                        ErrorCode.DUPLICATE,
                        "domains",
                        "the account " + stored.name() + " is on an earlier line of this batch");
                continue;
            }
            Account account = keepingWhatTheRowLeavesOut(with(row, stored.id()), stored);
            if (account.equals(stored)) {
                tally.unchanged();
            } else {
                replaced.add(account);
                lines.put(account.id(), read.line());
            }
        }
        Set<AccountId> refused = accounts.storeAll(added, replaced);
        for (Account account : added) {
            count(account, refused, lines, tally, true);
        }
        for (Account account : replaced) {
            count(account, refused, lines, tally, false);
        }
    }

    private static void count(
            Account account, Set<AccountId> refused, Map<AccountId, Integer> lines, BatchTally tally, boolean added) {
        if (refused.contains(account.id())) {
            tally.failed(
                    lines.get(account.id()),
                    account.domains().get(0),
                    ErrorCode.DUPLICATE,
                    "domains",
                    "one of the domains belongs to another account");
        } else if (added) {
            tally.created();
        } else {
            tally.updated();
        }
    }

    /** The row's key before it is checked: its first domain as domains are compared, or null. */
    private static String key(JsonRow row) {
        String domain = row.keyText("domain");
        if (domain == null && row.fields().get("domains") instanceof List<?> list && !list.isEmpty()) {
            domain = list.get(0) instanceof String text && !text.isBlank() ? text : null;
        }
        if (domain == null) {
            domain = row.keyText("domains");
        }
        return domain == null ? null : Account.normal(domain);
    }

    /** The owners the rows name, by id and by email in lower case, in at most two reads. */
    private Map<String, Rep> owners(List<JsonRow> rows) {
        Set<EmailAddress> emails = new HashSet<>();
        Set<RepId> ids = new HashSet<>();
        for (JsonRow row : rows) {
            String owner = row.keyText("owner");
            if (owner == null) {
                continue;
            }
            try {
                if (owner.contains("@")) {
                    emails.add(new EmailAddress(owner));
                } else {
                    ids.add(new RepId(owner));
                }
            } catch (InputRejected notAnOwner) {
                // Answered as the row's own error when it is read.
            }
        }
        Map<String, Rep> owners = new HashMap<>();
        if (!ids.isEmpty()) {
            reps.byIds(ids).forEach((id, rep) -> owners.put(id.value(), rep));
        }
        if (!emails.isEmpty()) {
            reps.byEmails(emails)
                    .forEach((email, rep) -> owners.put(email.value().toLowerCase(Locale.ROOT), rep));
        }
        return owners;
    }

    private static Account read(JsonRow row, Map<String, Rep> owners) {
        row.only(FIELDS);
        if (row.fields().containsKey("domain") && row.fields().containsKey("domains")) {
            throw new InputRejected(ErrorCode.DUPLICATE, "domain", "give domains or domain, not both");
        }
        String owner = row.text("owner");
        if (owner == null || owner.isBlank()) {
            throw new InputRejected(ErrorCode.REQUIRED, "owner", "owner is required: a rep's email or id");
        }
        Rep rep = owners.get(owner.strip());
        if (rep == null) {
            rep = owners.get(owner.strip().toLowerCase(Locale.ROOT));
        }
        if (rep == null) {
            throw new InputRejected(ErrorCode.NOT_FOUND, "owner", "no rep with the email or id " + owner.strip());
        }
        List<String> domains = row.fields().containsKey("domain") ? row.texts("domain") : row.texts("domains");
        return new Account(
                new AccountId("unsaved"),
                row.text("name"),
                domains,
                rep.id(),
                row.text("industry"),
                row.whole("employees"),
                row.number("annualRevenue"),
                row.text("country"));
    }

    private static Account with(Account read, AccountId id) {
        return new Account(
                id,
                read.name(),
                read.domains(),
                read.ownerId(),
                read.industry(),
                read.employees(),
                read.annualRevenue(),
                read.country());
    }

    /** A field the row leaves out keeps what the account has: an import adds, never blanks. */
    private static Account keepingWhatTheRowLeavesOut(Account read, Account stored) {
        return new Account(
                read.id(),
                read.name(),
                read.domains(),
                read.ownerId(),
                read.industry() != null ? read.industry() : stored.industry(),
                read.employees() != null ? read.employees() : stored.employees(),
                read.annualRevenue() != null ? read.annualRevenue() : stored.annualRevenue(),
                read.country() != null ? read.country() : stored.country());
    }
}
