package dev.asyncgen.runtime;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** {@link DecodeErrors} for a Jackson 3 exception: loaded only when Jackson 3 threw one. */
final class Jackson3Errors {
    static final String EXCEPTION = "tools.jackson.core.JacksonException";

    private Jackson3Errors() {}

    static String where(Throwable undecodable) {
        JacksonException jackson = (JacksonException) undecodable;
        StringBuilder where = new StringBuilder();
        if (!jackson.getPath().isEmpty()) {
            where.append(" at ").append(jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        TokenStreamLocation location = jackson.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return where.append(": ").append(undecodable.getClass().getSimpleName()).toString();
    }
}
