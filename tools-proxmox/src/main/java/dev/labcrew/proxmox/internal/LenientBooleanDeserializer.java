package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Locale;

/** PVE sends booleans as 0/1 numbers, "0"/"1" strings, or (rarely) true/false. */
final class LenientBooleanDeserializer extends StdDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    LenientBooleanDeserializer(boolean primitive) {
        super(Boolean.class);
        this.primitive = primitive;
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        switch (p.currentToken()) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                return p.getLongValue() != 0L;
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue() != 0.0;
            case VALUE_STRING:
                return fromText(p.getText());
            default:
                return (Boolean) ctx.handleUnexpectedToken(Boolean.class, p);
        }
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctx) {
        return primitive ? Boolean.FALSE : null;
    }

    private Boolean fromText(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return primitive ? Boolean.FALSE : null;
        }
        return t.equals("1") || t.equals("true") || t.equals("yes") || t.equals("on");
    }
}
