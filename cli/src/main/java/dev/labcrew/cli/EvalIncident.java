package dev.labcrew.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One eval incident: a lab (a built-in name or an embedded lab object) and what the offline crew must find in it.
 *
 * @param id stable name, also the file name
 * @param expect the finding that must come out
 * @param source where the incident comes from (a public report, a seed, the knowledge base's source)
 * @param isPublic whether it was built from a public incident report rather than the knowledge base's own wording
 * @param lab a built-in lab name (a JSON string) or a lab object in the format of docs/lab-files.md
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EvalIncident(String id, Expect expect, String source, @com.fasterxml.jackson.annotation.JsonProperty("public") boolean isPublic,
                    JsonNode lab) {

    /**
     * What must be found.
     *
     * @param target the finding's target, such as {@code ct/102@pve1} (one of a comma-separated list matches)
     * @param cause the finding's id: a knowledge-base signature, an analyzer's check, or {@code unknown}
     * @param fix text the finding's fix (or its proposed tool call) must contain
     * @param evidence text one of the finding's evidence lines must contain
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Expect(String target, String cause, String fix, String evidence) {
    }
}
