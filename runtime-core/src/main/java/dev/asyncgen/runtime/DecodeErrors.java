package dev.asyncgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/**
 * Says where a message failed to decode without quoting it: Jackson's own messages repeat the offending value,
 * which may be a secret, so only the property path and position are kept.
 */
final class DecodeErrors {
    private DecodeErrors() {}

    static String where(Exception undecodable) {
        StringBuilder where = new StringBuilder();
        if (undecodable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(" at ").append(mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        if (undecodable instanceof JsonProcessingException processing) {
            JsonLocation location = processing.getLocation();
            if (location != null && location.getLineNr() > 0) {
                where.append(" (line ").append(location.getLineNr())
                        .append(", column ").append(location.getColumnNr()).append(')');
            }
            where.append(": ").append(processing.getClass().getSimpleName());
        } else {
            where.append(": ").append(undecodable.getClass().getSimpleName());
        }
        return where.toString();
    }
}
