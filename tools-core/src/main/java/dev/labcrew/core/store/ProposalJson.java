package dev.labcrew.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.labcrew.core.approval.ActionProposal;

/** A proposal as the store keeps it: JSON that reads back to the same {@link ActionProposal#hash()}. */
final class ProposalJson {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProposalJson() {
    }

    static String write(ActionProposal proposal) {
        try {
            return JSON.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Proposal is not JSON-serializable: " + e.getOriginalMessage(), e);
        }
    }

    static ActionProposal read(String json) {
        try {
            return JSON.readValue(json, ActionProposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored proposal cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
