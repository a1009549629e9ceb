package dev.asyncgen.realtime.appwrite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of an Appwrite frame, read in one pass: its tokens kept for the subscribers' types, and the
 * routing fields ({@code channels}, {@code subscriptions}) picked up on the way, wherever they stand in the object.
 *
 * @param tokens null when {@code data} is absent or not an object
 */
record FrameData(TokenBuffer tokens, List<String> channels, List<String> subscriptions) {

    static final FrameData NOT_AN_OBJECT = new FrameData(null, List.of(), List.of());

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    static FrameData read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return NOT_AN_OBJECT;
        }
        TokenBuffer tokens = new TokenBuffer(parser);
        List<String> channels = List.of();
        List<String> subscriptions = List.of();
        tokens.writeStartObject();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            tokens.writeFieldName(field);
            parser.nextToken();
            if (field.equals("channels")) {
                channels = copyStrings(parser, tokens);
            } else if (field.equals("subscriptions")) {
                subscriptions = copyStrings(parser, tokens);
            } else {
                tokens.copyCurrentStructure(parser);
            }
        }
        tokens.writeEndObject();
        return new FrameData(tokens, channels, subscriptions);
    }

    /** A tree of {@code data} (small frames such as errors); a missing node when it is not an object. */
    JsonNode tree(ObjectMapper mapper) throws IOException {
        if (tokens == null) {
            return MissingNode.getInstance();
        }
        try (JsonParser replay = tokens.asParser(mapper)) {
            return mapper.readTree(replay);
        }
    }

    /** The strings of an array (other elements skipped), copying the whole value to {@code tokens}. */
    private static List<String> copyStrings(JsonParser parser, TokenBuffer tokens) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            tokens.copyCurrentStructure(parser);
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        tokens.writeStartArray();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.VALUE_STRING) {
                strings.add(parser.getText());
            }
            tokens.copyCurrentStructure(parser);
        }
        tokens.writeEndArray();
        return strings;
    }
}
