package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.RepId;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

@Document("accounts")
record AccountDocument(
        @Id String id,
        String name,
        List<String> domains,
        String ownerId,
        String industry,
        Integer employees,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal annualRevenue,
        String country) {

    static AccountDocument of(Account account) {
        return new AccountDocument(
                account.id().value(),
                account.name(),
                account.domains(),
                account.ownerId().value(),
                account.industry(),
                account.employees(),
                account.annualRevenue(),
                account.country());
    }

    Account toAccount() {
        return new Account(
                new AccountId(id), name, domains, new RepId(ownerId), industry, employees, annualRevenue, country);
    }
}
