package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The typed {@code Realtime} facade over the {@code asyncgen-realtime} runtime.
 *
 * @param name the facade class
 * @param channelClass the generated {@code Channel<T>} record that {@code subscribe} takes
 * @param server the server whose URI is the default, or null when no server speaks {@code ws}/{@code wss}
 * @param query a setter per scalar property of the server's {@code bindings.ws.query}
 * @param headers a setter per property of the server's {@code bindings.ws.headers}
 * @param protocolHandled array-typed query properties, left to the wire protocol (Appwrite's {@code channels})
 * @param description the spec's {@code info.description}, for the class Javadoc
 */
public record RealtimePlan(ClassName name, ClassName channelClass, Server server, List<Setter> query,
    List<Setter> headers, List<String> protocolHandled, String description) {
  public RealtimePlan {
    query = List.copyOf(query);
    headers = List.copyOf(headers);
    protocolHandled = List.copyOf(protocolHandled);
  }

  /**
   * @param name the server's key in {@code servers}
   * @param uri {@code protocol://url} with every variable replaced by its default
   * @param description the server's description, or null
   */
  public record Server(String name, String uri, String description) {}

  /**
   * One builder setter.
   *
   * @param wireName the name on the wire, unchanged
   * @param javaName the setter's name
   * @param required whether {@code build()} fails without it
   * @param description the property's description, or null
   */
  public record Setter(String wireName, String javaName, boolean required, String description) {}
}
