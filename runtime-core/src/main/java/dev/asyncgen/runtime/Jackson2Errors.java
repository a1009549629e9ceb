package dev.asyncgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** {@link DecodeErrors} for a Jackson 2 exception: loaded only when Jackson 2 threw one. */
final class Jackson2Errors {
    static final String EXCEPTION = "com.fasterxml.jackson.core.JsonProcessingException";

    private Jackson2Errors() {}

    static String where(Throwable undecodable) {
        StringBuilder where = new StringBuilder();
        if (undecodable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(" at ").append(mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        JsonLocation location = ((JsonProcessingException) undecodable).getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return where.append(": ").append(undecodable.getClass().getSimpleName()).toString();
    }
}
