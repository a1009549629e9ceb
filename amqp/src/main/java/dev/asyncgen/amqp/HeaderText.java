package dev.asyncgen.amqp;

import com.rabbitmq.client.LongString;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Header text (see {@code Codec}) to an AMQP headers table and back: each header a long string. */
final class HeaderText {
    private HeaderText() {}

    static Map<String, Object> toTable(Map<String, String> headers) {
        Map<String, Object> table = new LinkedHashMap<>();
        headers.forEach(table::put);
        return table;
    }

    /** Every entry as text: long strings as UTF-8, other field types (set by other clients) as their text. */
    static Map<String, String> fromTable(Map<String, Object> table) {
        if (table == null || table.isEmpty()) {
            return Map.of();
        }
        Map<String, String> text = new LinkedHashMap<>();
        table.forEach((name, value) -> {
            if (value instanceof LongString longString) {
                text.put(name, new String(longString.getBytes(), StandardCharsets.UTF_8));
            } else if (value instanceof byte[] bytes) {
                text.put(name, new String(bytes, StandardCharsets.UTF_8));
            } else if (value != null) {
                text.put(name, value.toString());
            }
        });
        return text;
    }
}
