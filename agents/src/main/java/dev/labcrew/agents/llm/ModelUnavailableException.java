package dev.labcrew.agents.llm;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;

/**
 * The model failed at the crew's first question, before any role did anything: nothing was read through it and
 * nothing proposed. A caller may fall back to the offline triage ({@code dev.labcrew.agents.Triage}).
 */
public final class ModelUnavailableException extends LabcrewException {
    ModelUnavailableException(String what, Throwable cause) {
        super(ErrorKind.UNREACHABLE, "the model did not answer: " + what,
            "check LABCREW_MODEL and its URL or key ('labcrew doctor'), or set LABCREW_MODEL=none for the offline crew", cause);
    }

    /** The same failure named with the model it concerns, e.g. {@code openai:gpt-4.1-mini at http://127.0.0.1:9/v1}. */
    public String describe(String model) {
        return "the model " + model + " did not answer: " + getMessage().substring("the model did not answer: ".length());
    }
}
