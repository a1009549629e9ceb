package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A server, the same whichever version described it.
 *
 * @param url host, optional port and path: 2.x {@code url} as written (which may start with a scheme),
 *     3.x {@code host} followed by {@code pathname}
 * @param security the ways to authenticate, alternatives; empty when the spec names none
 */
public record Server(
    String name,
    String url,
    String protocol,
    String protocolVersion,
    String description,
    Map<String, ServerVariable> variables,
    Map<String, Object> bindings,
    List<SecurityRequirement> security,
    SourcePosition position) {

  public Server {
    variables = Maps.copyOf(variables);
    bindings = Maps.copyOf(bindings);
    security = List.copyOf(security);
  }

  /**
   * Where to connect, as a URI template: the url when it names a scheme, else {@code protocol://url}. A 2.x
   * url written with its scheme and its 3.x host and pathname give the same address.
   */
  public String address() {
    if (url == null || url.contains("://") || protocol == null) {
      return url;
    }
    return protocol.toLowerCase(java.util.Locale.ROOT) + "://" + url;
  }
}
