package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.port.Forms;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoForms implements Forms {

    private final MongoTemplate mongo;

    MongoForms(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Form form) {
        mongo.insert(FormDocument.of(form));
    }

    @Override
    public void replace(Form form) {
        mongo.findAndReplace(Query.query(where("_id").is(form.id().value())), FormDocument.of(form));
    }

    @Override
    public void remove(FormId id) {
        mongo.remove(Query.query(where("_id").is(id.value())), FormDocument.class);
    }

    @Override
    public Optional<Form> byId(FormId id) {
        return Optional.ofNullable(mongo.findById(id.value(), FormDocument.class))
                .map(FormDocument::toForm);
    }

    @Override
    public List<Form> all() {
        return mongo.find(new Query().with(Sort.by("name")), FormDocument.class).stream()
                .map(FormDocument::toForm)
                .toList();
    }
}
