package dev.asyncgen.runtime;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON through a Jackson 3 {@link JsonMapper} ({@code tools.jackson.core:jackson-databind}, which Spring Boot 4
 * uses); headers as described on {@link Codec}. Jackson 3 is an optional dependency of this module: add it to your
 * build to use this class. Jackson 3's unchecked exceptions come out as {@link IOException}s with the Jackson
 * exception as their cause, as {@link Codec} promises.
 */
public final class Jackson3Codec implements Codec {
    private final JsonMapper mapper;

    public Jackson3Codec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A mapper that reads the generated types as the spec means them, as {@link JacksonCodec#standard()} does:
     * ISO-8601 date-times kept as written (Jackson 3 has {@code java.time} built in; {@link Jackson3DateTimeModule}
     * reads the common shape faster), unknown properties ignored.
     */
    public static Jackson3Codec standard() {
        return new Jackson3Codec(JsonMapper.builder()
                .addModule(new Jackson3DateTimeModule())
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
    }

    @Override
    public byte[] encode(Object value) throws IOException {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw checked(e);
        }
    }

    @Override
    public <T> T decode(byte[] bytes, Class<T> type) throws IOException {
        if (type == byte[].class) {
            return type.cast(bytes.clone());
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (JacksonException e) {
            throw checked(e);
        }
    }

    @Override
    public Map<String, String> encodeHeaders(Object headers) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        if (headers == null) {
            return text;
        }
        try {
            JsonNode tree = mapper.valueToTree(headers);
            if (!tree.isObject()) {
                throw new IOException("headers must be an object, not " + tree.getNodeType());
            }
            for (Map.Entry<String, JsonNode> field : tree.properties()) {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    text.put(field.getKey(), value.isString() ? value.stringValue() : mapper.writeValueAsString(value));
                }
            }
            return text;
        } catch (JacksonException e) {
            throw checked(e);
        }
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
        } catch (JacksonException asJsonFailed) {
            try {
                return mapper.treeToValue(asText, type);
            } catch (JacksonException asTextFailed) {
                asTextFailed.addSuppressed(asJsonFailed);
                throw checked(asTextFailed);
            }
        }
    }

    private JsonNode jsonOrText(String text) {
        try {
            JsonNode json = mapper.readTree(text);
            return json == null || json.isMissingNode() ? mapper.getNodeFactory().stringNode(text) : json;
        } catch (JacksonException notJson) {
            return mapper.getNodeFactory().stringNode(text);
        }
    }

    /** The message names the exception only: Jackson's own repeats the offending value, which may be a secret. */
    private static IOException checked(JacksonException e) {
        return new IOException("Jackson 3 " + e.getClass().getSimpleName(), e);
    }
}
