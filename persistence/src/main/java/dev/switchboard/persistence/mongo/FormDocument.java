package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.RouterId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("forms")
record FormDocument(@Id String id, String name, String routerId) {

    static FormDocument of(Form form) {
        return new FormDocument(form.id().value(), form.name(), form.routerId().value());
    }

    Form toForm() {
        return new Form(new FormId(id), name, new RouterId(routerId));
    }
}
