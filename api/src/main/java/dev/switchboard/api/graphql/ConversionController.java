package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.routing.intake.RecordConversion;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConversionController {

    record RecordConversionInput(String leadId) {}

    record RecordConversionPayload(LeadView lead, Instant convertedAt, List<UserError> errors) {}

    private final RecordConversion recordConversion;
    private final Leads leads;

    ConversionController(RecordConversion recordConversion, Leads leads) {
        this.recordConversion = recordConversion;
        this.leads = leads;
    }

    @MutationMapping
    RecordConversionPayload recordConversion(@Argument RecordConversionInput input) {
        try {
            RecordConversion.Converted converted = recordConversion.record(new LeadId(input.leadId()));
            return new RecordConversionPayload(
                    leads.byId(converted.leadId()).map(LeadView::of).orElse(null), converted.convertedAt(), List.of());
        } catch (InputRejected rejected) {
            return new RecordConversionPayload(null, null, UserError.of(rejected));
        }
    }
}
