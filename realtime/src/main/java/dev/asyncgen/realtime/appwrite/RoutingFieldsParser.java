package dev.asyncgen.realtime.appwrite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser a subscriber's type reads {@code data} from directly: every token passes through, and the routing
 * fields ({@code channels}, {@code subscriptions}) are noted on the way exactly as {@link FrameData} notes them,
 * whether the type reads those fields, ignores them or skips them.
 */
final class RoutingFieldsParser extends JsonParserDelegate {

    private int depth = 1; // the depth inside data: created on its START_OBJECT
    private String field; // the current field of data
    private List<String> collecting; // the routing array being read, null outside one
    private List<String> channels = List.of();
    private List<String> subscriptions = List.of();

    /** {@code data} must be positioned on the {@code START_OBJECT} of {@code data}. */
    RoutingFieldsParser(JsonParser data) {
        super(data);
    }

    List<String> channels() {
        return channels;
    }

    List<String> subscriptions() {
        return subscriptions;
    }

    /** True when the whole of {@code data} was read (its END_OBJECT), and nothing past it. */
    boolean readWhole() {
        return depth == 0;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token != null) {
            note(token);
        }
        return token;
    }

    /** The delegate's own (faster) field-name read, which bean deserializers use. */
    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        JsonToken token = delegate.currentToken();
        if (token != null) {
            note(token);
        }
        return name;
    }

    private void note(JsonToken token) throws IOException {
        switch (token) {
            case FIELD_NAME -> {
                if (depth == 1) {
                    field = delegate.currentName();
                }
            }
            case START_OBJECT, START_ARRAY -> {
                if (depth == 1 && routing()) {
                    collecting = token == JsonToken.START_ARRAY ? new ArrayList<>() : null;
                    assign(collecting == null ? List.of() : collecting);
                }
                depth++;
            }
            case END_OBJECT, END_ARRAY -> {
                depth--;
                if (depth == 1) {
                    collecting = null;
                }
            }
            default -> {
                if (depth == 2 && collecting != null && token == JsonToken.VALUE_STRING) {
                    collecting.add(delegate.getText());
                } else if (depth == 1 && routing()) {
                    assign(List.of());
                }
            }
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skipping data itself or a routing array still notes its strings; any other value is skipped directly. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = delegate.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        if (depth > 1 && collecting == null) {
            delegate.skipChildren();
            depth--;
            return this;
        }
        for (int open = 1; open > 0; ) {
            JsonToken next = nextToken();
            if (next == null) {
                break;
            }
            open += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
        }
        return this;
    }

    private boolean routing() {
        return "channels".equals(field) || "subscriptions".equals(field);
    }

    private void assign(List<String> strings) {
        if (field.equals("channels")) {
            channels = strings;
        } else {
            subscriptions = strings;
        }
    }
}
