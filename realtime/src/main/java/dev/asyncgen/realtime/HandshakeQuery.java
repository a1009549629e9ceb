package dev.asyncgen.realtime;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Appends query parameters to a URI, percent-encoded (spaces as %20, brackets encoded as browsers do). */
public final class HandshakeQuery {

    private HandshakeQuery() {
    }

    /** {@code base} with {@code parameters} appended after any query it already has. */
    public static URI append(URI base, List<WireProtocol.QueryParameter> parameters) {
        if (parameters.isEmpty()) {
            return base;
        }
        StringBuilder uri = new StringBuilder(withoutFragment(base));
        char separator = base.getRawQuery() == null ? '?' : '&';
        for (WireProtocol.QueryParameter parameter : parameters) {
            uri.append(separator).append(encode(parameter.name())).append('=').append(encode(parameter.value()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String withoutFragment(URI base) {
        String text = base.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static String encode(String text) {
        // URLEncoder is for forms: it writes a space as '+', which a query decoder may keep literally.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
