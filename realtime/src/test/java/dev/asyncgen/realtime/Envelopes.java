package dev.asyncgen.realtime;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Hand-written records shaped like the generated Appwrite envelopes. */
final class Envelopes {

    private Envelopes() {
    }

    record Document(@JsonProperty("$id") String id, String title) {
    }

    record DocumentEnvelope(List<String> events, List<String> channels, OffsetDateTime timestamp, Document payload) {
    }

    record Account(@JsonProperty("$id") String id, String name) {
    }

    record AccountEnvelope(List<String> events, List<String> channels, OffsetDateTime timestamp, Account payload) {
    }

    enum Status {
        DRAFT,
        PUBLISHED,
        @JsonEnumDefaultValue
        OTHER
    }

    record StatusDocument(@JsonProperty("$id") String id, Status status) {
    }

    record StatusEnvelope(List<String> channels, StatusDocument payload) {
    }

    static final String POSTS = "databases.db.collections.posts.documents";

    /** An Appwrite event frame for {@code channels} with a document payload. */
    static String documentEvent(String id, String title, String... channels) {
        return "{\"type\":\"event\",\"data\":{\"events\":[\"databases.db.collections.posts.documents." + id
                + ".create\"],\"channels\":" + jsonArray(channels) + ",\"timestamp\":\"2026-05-29T12:34:56.000+02:00\","
                + "\"payload\":{\"$id\":\"" + id + "\",\"title\":\"" + title + "\",\"$unknownField\":1}}}";
    }

    static String jsonArray(String... values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(values[i]).append('"');
        }
        return json.append(']').toString();
    }
}
