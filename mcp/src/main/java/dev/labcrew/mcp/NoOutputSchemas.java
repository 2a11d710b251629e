package dev.labcrew.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The schema validator of Labcrew's MCP servers. Arguments are checked by the {@link dev.labcrew.core.tool.ToolRuntime}
 * (one message with a hint, as on every other entry point, and {@code "200"} accepted for an integer), so the SDK's
 * own input validation is off; and Labcrew's tools declare no output schema, so there is no structured output to
 * validate. Should a tool ever declare one, its calls fail here instead of passing unchecked. Using this instead of the
 * SDK's default validator also spares every start the loading of a JSON Schema library (about 240 classes).
 */
final class NoOutputSchemas implements JsonSchemaValidator {
    static final NoOutputSchemas INSTANCE = new NoOutputSchemas();

    private NoOutputSchemas() {
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return ValidationResponse.asInvalid("Labcrew's MCP server validates no output schema; a tool declaring one is a bug");
    }
}
