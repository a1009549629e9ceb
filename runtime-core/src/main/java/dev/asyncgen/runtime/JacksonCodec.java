package dev.asyncgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** JSON through a Jackson 2 {@link ObjectMapper}; headers as described on {@link Codec}. */
public final class JacksonCodec implements Codec {
    private final ObjectMapper mapper;

    public JacksonCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A mapper that reads the generated types as the spec means them: ISO-8601 date-times kept as written (read by
     * {@link JacksonDateTimeModule}), unknown properties ignored (a newer server may add some).
     */
    public static JacksonCodec standard() {
        return new JacksonCodec(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new JacksonDateTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Override
    public byte[] encode(Object value) throws IOException {
        return mapper.writeValueAsBytes(value);
    }

    @Override
    public <T> T decode(byte[] bytes, Class<T> type) throws IOException {
        if (type == byte[].class) {
            return type.cast(bytes.clone());
        }
        return mapper.readValue(bytes, type);
    }

    @Override
    public Map<String, String> encodeHeaders(Object headers) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        if (headers == null) {
            return text;
        }
        JsonNode tree = mapper.valueToTree(headers);
        if (!tree.isObject()) {
            throw new IOException("headers must be an object, not " + tree.getNodeType());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                text.put(field.getKey(), value.isTextual() ? value.textValue() : mapper.writeValueAsString(value));
            }
        }
        return text;
    }

    @Override
    public <H> H decodeHeaders(Map<String, String> headers, Class<H> type) throws IOException {
        ObjectNode asText = mapper.createObjectNode();
        ObjectNode asJson = mapper.createObjectNode();
        headers.forEach((name, text) -> {
            asText.put(name, text);
            asJson.set(name, jsonOrText(text));
        });
        try {
            // JSON first (numbers, booleans, objects); plain text where a string property holds "{...}" or "17".
            return mapper.treeToValue(asJson, type);
        } catch (JsonProcessingException asJsonFailed) {
            try {
                return mapper.treeToValue(asText, type);
            } catch (JsonProcessingException asTextFailed) {
                asTextFailed.addSuppressed(asJsonFailed);
                throw asTextFailed;
            }
        }
    }

    private JsonNode jsonOrText(String text) {
        try {
            JsonNode json = mapper.readTree(text);
            return json == null || json.isMissingNode() ? mapper.getNodeFactory().textNode(text) : json;
        } catch (JsonProcessingException notJson) {
            return mapper.getNodeFactory().textNode(text);
        }
    }
}
