package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;

/**
 * The typed {@code Realtime} facade over the {@code asyncgen-realtime} runtime.
 *
 * @param name the facade class
 * @param channelClass the generated {@code Channel<T>} record that {@code subscribe} takes
 * @param server the server whose URI is the default, or null when no server speaks {@code ws}/{@code wss}
 * @param choices the {@code ws}/{@code wss} servers to choose from, the default first; empty unless there are two
 *     or more
 * @param query a setter per scalar property of the server's {@code bindings.ws.query}
 * @param headers a setter per property of the server's {@code bindings.ws.headers}
 * @param protocolHandled array-typed query properties, left to the wire protocol (Appwrite's {@code channels})
 * @param description the spec's {@code info.description}, for the class Javadoc
 * @param appwrite whether the spec describes Appwrite Realtime (its title names Appwrite, or a ws server is on
 *     {@code appwrite.io}): the facade then speaks Appwrite's framing by default, else raw JSON frames
 */
public record RealtimePlan(ClassName name, ClassName channelClass, Server server, ServerChoices choices,
    List<Setter> query, List<Setter> headers, List<String> protocolHandled, String description, boolean appwrite) {
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
   * The nested enum of servers, when the spec has several.
   *
   * @param enumName the nested enum
   * @param servers its constants, the default first
   */
  public record ServerChoices(ClassName enumName, List<ServerChoice> servers) {
    public ServerChoices {
      servers = List.copyOf(servers);
    }

    public boolean isEmpty() {
      return servers.isEmpty();
    }
  }

  /**
   * One server to choose.
   *
   * @param constant the enum constant
   * @param name the server's key in {@code servers}
   * @param url {@code protocol://url} with its {@code {variable}} placeholders
   * @param variables every declared variable, in order, to its default (null when it has none)
   * @param allowedValues the variables with {@code enum} values, to those values
   * @param authorityVariables the variables that stand in the URL's scheme, host or port (the rest are in its
   *     path or query)
   * @param description the server's description, or null
   */
  public record ServerChoice(String constant, String name, String url, Map<String, String> variables,
      Map<String, List<String>> allowedValues, List<String> authorityVariables, String description) {}

  /** How a binding property's value is typed in its setter and written into the handshake. */
  public enum ValueKind {
    STRING, INT, LONG, DOUBLE, BOOLEAN, ENUM
  }

  /**
   * One builder setter.
   *
   * @param wireName the name on the wire, unchanged
   * @param javaName the setter's name
   * @param required whether {@code build()} fails without it
   * @param description the property's description, or null
   * @param kind the setter's value type
   * @param values the nested enum of allowed values when {@code kind} is {@link ValueKind#ENUM}, else null
   */
  public record Setter(String wireName, String javaName, boolean required, String description, ValueKind kind,
      ValueEnum values) {}

  /**
   * A nested enum for a string property with {@code enum} values.
   *
   * @param name the nested enum
   * @param constants each constant with its value on the wire, in spec order
   */
  public record ValueEnum(ClassName name, List<EnumPlan.Constant> constants) {
    public ValueEnum {
      constants = List.copyOf(constants);
    }
  }
}
