package dev.storeemulator.client.onestore.pns;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text ONE store signs, re-created from a received body: the compact JSON of the message without its top-level
 * {@code signature} member, members in the order received, numbers exactly as written (a tree would turn
 * {@code 1.50} into {@code 1.5} or {@code 1e3} into {@code 1000.0}), strings escaped as Jackson writes them by
 * default (non-ASCII kept as is). Whitespace between tokens, as in a pretty-printed body, does not count.
 */
final class SignedText {
    private static final String SIGNATURE = "signature";

    private SignedText() {}

    /**
     * @param json the mapper that writes compact JSON
     * @param body a body already known to be one well-formed JSON object
     * @return the text the signature covers
     */
    static String of(JsonMapper json, byte[] body) {
        StringWriter out = new StringWriter(body.length);
        try (JsonParser p = json.createParser(body);
                JsonGenerator g = json.createGenerator(out)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        depth++;
                        g.writeStartObject();
                    }
                    case END_OBJECT -> {
                        depth--;
                        g.writeEndObject();
                    }
                    case START_ARRAY -> {
                        depth++;
                        g.writeStartArray();
                    }
                    case END_ARRAY -> {
                        depth--;
                        g.writeEndArray();
                    }
                    case PROPERTY_NAME -> {
                        if (depth == 1 && SIGNATURE.equals(p.currentName())) {
                            p.nextToken();
                            p.skipChildren();
                        } else {
                            g.writeName(p.currentName());
                        }
                    }
                    case VALUE_STRING -> g.writeString(p.getString());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getString());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("unexpected JSON token " + t);
                }
            }
        }
        return out.toString();
    }
}
