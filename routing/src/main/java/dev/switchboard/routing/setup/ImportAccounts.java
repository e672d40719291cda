package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Reps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates or updates accounts from a CSV file with a header row. The columns are {@code name}, {@code domains}
 * (separated by spaces, semicolons or {@code |}), {@code owner} (the rep's email or id), and optionally
 * {@code industry}, {@code employees}, {@code annualRevenue} and {@code country}, in any order.
 * <p>
 * Each row is checked on its own, by the same rules as {@link CreateAccount}: a good row lands, a bad row is
 * answered with its line and the column at fault, and the other rows are not held back. A row whose domains an
 * account holds already replaces that account, so importing a file twice changes nothing the second time; a row
 * whose domains two accounts hold, or that repeats a domain of an earlier row, is refused as {@code DUPLICATE}.
 * A problem with the file as a whole (too long, no header, an unknown or missing column, an open quote) imports
 * nothing and is an {@link InputRejected} on {@code csv}.
 * <p>
 * Not atomic as a whole: each row is one single-document write, so rows imported before a failure stay.
 */
public final class ImportAccounts {

    public static final int MAX_CHARACTERS = 500_000;
    public static final int MAX_ROWS = 2_000;

    private static final List<String> REQUIRED = List.of("name", "domains", "owner");
    private static final List<String> OPTIONAL = List.of("industry", "employees", "annualrevenue", "country");

    /** What an import did: rows created, rows that replaced an account, rows that matched one as it was. */
    public record Imported(int created, int updated, int unchanged, List<RowRejected> rejected) {
        public Imported {
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * A row left out, with the line it starts on (the header is line 1) and why, its field the column at fault.
     */
    public record RowRejected(int line, InputRejected reason) {}

    private final Accounts accounts;
    private final Reps reps;

    public ImportAccounts(Accounts accounts, Reps reps) {
        this.accounts = accounts;
        this.reps = reps;
    }

    public Imported importCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InputRejected(ErrorCode.REQUIRED, "csv", "the file is empty: it needs a header row and rows");
        }
        if (csv.length() > MAX_CHARACTERS) {
            throw new InputRejected(
                    ErrorCode.TOO_LONG, "csv", "the file is longer than " + MAX_CHARACTERS + " characters");
        }
        List<CsvRecords.Line> lines = CsvRecords.read(csv, "csv").lines();
        if (lines.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "csv", "the file is empty: it needs a header row and rows");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "csv", "at most " + MAX_ROWS + " rows in one import");
        }
        Map<String, Integer> columns = columns(lines.get(0));

        Map<String, Rep> owners = new HashMap<>();
        for (Rep rep : reps.all()) {
            owners.put(rep.id().value(), rep);
            owners.put(rep.email().value().toLowerCase(Locale.ROOT), rep);
        }
        Map<String, Account> byDomain = new HashMap<>();
        for (Account account : accounts.all()) {
            account.domains().forEach(d -> byDomain.put(d, account));
        }
        Map<String, Integer> domainLines = new HashMap<>();

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RowRejected> rejected = new ArrayList<>();
        for (CsvRecords.Line line : lines.subList(1, lines.size())) {
            try {
                AccountCommand command = command(line, columns, owners);
                for (String domain : command.domains()) {
                    Integer earlier = domainLines.get(domain);
                    if (earlier != null) {
                        throw new InputRejected(
                                ErrorCode.DUPLICATE, "domains", domain + " is on line " + earlier + " already");
                    }
                }
                Optional<Account> existing = holder(command.domains(), byDomain);
                Account account;
                if (existing.isEmpty()) {
                    account = command.toAccount(AccountId.random());
                    accounts.add(account);
                    created++;
                } else {
                    account = keepingWhatTheFileLeavesOut(
                            command.toAccount(existing.get().id()), existing.get());
                    if (account.equals(existing.get())) {
                        unchanged++;
                    } else {
                        accounts.replace(account);
                        existing.get().domains().forEach(byDomain::remove);
                        updated++;
                    }
                }
                account.domains().forEach(d -> {
                    byDomain.put(d, account);
                    domainLines.put(d, line.number());
                });
            } catch (InputRejected reason) {
                rejected.add(new RowRejected(line.number(), reason));
            }
        }
        return new Imported(created, updated, unchanged, rejected);
    }

    /** A column left out of the file, or a cell left empty, keeps what the account has: an import adds, never blanks. */
    private static Account keepingWhatTheFileLeavesOut(Account read, Account existing) {
        return new Account(
                read.id(),
                read.name(),
                read.domains(),
                read.ownerId(),
                read.industry() != null ? read.industry() : existing.industry(),
                read.employees() != null ? read.employees() : existing.employees(),
                read.annualRevenue() != null ? read.annualRevenue() : existing.annualRevenue(),
                read.country() != null ? read.country() : existing.country());
    }

    private static Map<String, Integer> columns(CsvRecords.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.equals("domain")) {
                name = "domains";
            }
            if (!known.contains(name)) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT,
                        "csv",
                        "line 1: unknown column \"" + header.fields().get(i).strip() + "\"; the columns are "
                                + "name, domains, owner, industry, employees, annualRevenue, country");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InputRejected(ErrorCode.DUPLICATE, "csv", "line 1: the column " + name + " is there twice");
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new InputRejected(ErrorCode.REQUIRED, "csv", "line 1: the header needs a column " + name);
            }
        }
        return columns;
    }

    private static AccountCommand command(CsvRecords.Line line, Map<String, Integer> columns, Map<String, Rep> owners) {
        int width = columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
        if (line.fields().size() > width) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    null,
                    "the row has " + line.fields().size() + " fields, the header " + width + " columns");
        }
        String ownerText = cell(line, columns, "owner");
        if (ownerText == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "owner", "owner is required: a rep's email or id");
        }
        Rep owner = owners.get(ownerText.toLowerCase(Locale.ROOT));
        if (owner == null) {
            owner = owners.get(ownerText);
        }
        if (owner == null) {
            throw new InputRejected(ErrorCode.NOT_FOUND, "owner", "no rep with the email or id " + ownerText);
        }
        String domainsText = cell(line, columns, "domains");
        List<String> domains = domainsText == null
                ? List.of()
                : Arrays.stream(domainsText.split("[\\s;|]+"))
                        .filter(d -> !d.isBlank())
                        .toList();
        Integer employees = number(line, columns, "employees");
        BigDecimal revenue = amount(line, columns);
        try {
            return new AccountCommand(
                    cell(line, columns, "name"),
                    domains,
                    owner.id(),
                    cell(line, columns, "industry"),
                    employees,
                    revenue,
                    cell(line, columns, "country"));
        } catch (InputRejected rejected) {
            throw asColumn(rejected);
        } catch (InputsRejected several) {
            // One error a line, as the file's other faults: its first.
            throw asColumn(several.faults().get(0));
        }
    }

    private static Optional<Account> holder(List<String> domains, Map<String, Account> byDomain) {
        Set<Account> holders = new LinkedHashSet<>();
        for (String domain : domains) {
            Account account = byDomain.get(domain);
            if (account != null) {
                holders.add(account);
            }
        }
        if (holders.size() > 1) {
            throw new InputRejected(
                    ErrorCode.DUPLICATE,
                    "domains",
                    "these domains belong to " + holders.size() + " accounts: "
                            + String.join(
                                    ", ", holders.stream().map(Account::name).toList()));
        }
        return holders.stream().findFirst();
    }

    private static String cell(CsvRecords.Line line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.fields().size()) {
            return null;
        }
        String value = line.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static Integer number(CsvRecords.Line line, Map<String, Integer> columns, String column) {
        String text = cell(line, columns, column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, column, text + " is not a whole number");
        }
    }

    private static BigDecimal amount(CsvRecords.Line line, Map<String, Integer> columns) {
        String text = cell(line, columns, "annualrevenue");
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "annualRevenue", text + " is not a number");
        }
    }

    /** The account's rules name its fields; the person reads the file's columns. */
    private static InputRejected asColumn(InputRejected rejected) {
        String field = rejected.field() == null ? null : rejected.field().replaceAll("\\[\\d+]$", "");
        return new InputRejected(rejected.code(), field, rejected.getMessage());
    }
}
