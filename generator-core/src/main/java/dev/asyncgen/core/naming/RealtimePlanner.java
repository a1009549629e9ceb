package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the {@code Realtime} facade from the servers whose protocol is {@code ws} or {@code wss}: the first one's
 * URL (document order) is the default URI; with two or more, a nested {@code Server} enum lets the user choose. The
 * {@code bindings.ws} of those servers and of every channel give the builder's setters, typed by their schemas.
 */
final class RealtimePlanner {
  /**
   * The builder's own methods and fields, and build()'s local {@code client}: a spec property with one of these
   * names gets a number.
   */
  private static final String[] BUILDER_NAMES = {"uri", "protocol", "heartbeat", "watchdog", "backoff",
      "resubscribeDebounce", "maxMessageSize", "callbackQueueCapacity", "onStateChange", "onError", "objectMapper",
      "codec", "closeTimeout", "scheduler", "configure", "configurations", "configuration", "build", "client", "header",
      "headers", "query", "queryParameters", "server", "serverVariable", "serverVariables", "target"};
  /** Types the facade's file names: a nested type of the same simple name would hide them. */
  private static final String[] FILE_TYPES = {"Builder", "URI", "Duration", "Map", "LinkedHashMap", "List",
      "Objects", "Consumer", "BigDecimal", "ObjectMapper", "Codec", "Backoff", "ConnectionState", "RealtimeClient",
      "RealtimeError", "Subscription", "WireProtocol", "HandshakeHeaders", "AppwriteProtocol", "StandardCharsets",
      "Generated", "Override", "String", "Integer", "Long", "Double", "Boolean", "Runnable", "ArrayList",
      "CompletableFuture", "Void", "Scheduler", "ClientClosedException"};

  private RealtimePlanner() {}

  static RealtimePlan plan(AsyncApi api, String packageName, ClassName channelClass, Diagnostics diagnostics) {
    List<Server> webSocketServers = api.servers().values().stream().filter(RealtimePlanner::isWebSocket).toList();
    Server server = webSocketServers.isEmpty() ? null : webSocketServers.get(0);
    ClassName facade = ClassName.get(packageName, NamedTypes.REALTIME);
    NameScope nestedTypes = new NameScope(false).reserve(FILE_TYPES)
        .reserve(NamedTypes.REALTIME, channelClass.simpleName());
    Map<String, Map<String, Object>> queryProperties = new LinkedHashMap<>();
    Set<String> required = new HashSet<>();
    Map<String, Map<String, Object>> headerProperties = new LinkedHashMap<>();
    Set<String> requiredHeaders = new HashSet<>();
    List<Map<String, Object>> bindings = new ArrayList<>();
    webSocketServers.forEach(webSocket -> bindings.add(webSocket.bindings()));
    api.channels().stream().map(Channel::bindings).forEach(bindings::add);
    for (Map<String, Object> binding : bindings) {
      Map<String, Object> ws = map(binding.get("ws"));
      collect(map(ws.get("query")), queryProperties, required);
      collect(map(ws.get("headers")), headerProperties, requiredHeaders);
    }
    NameScope scope = new NameScope(false).reserve(BUILDER_NAMES);
    List<RealtimePlan.Setter> query = new ArrayList<>();
    List<String> protocolHandled = new ArrayList<>();
    RealtimePlan.ServerChoices choices = webSocketServers.size() < 2
        ? new RealtimePlan.ServerChoices(null, List.of())
        : RealtimeServerChoices.plan(api, webSocketServers, facade.nestedClass(nestedTypes.claim("Server", "Server")),
            diagnostics);
    RealtimeBindingSetters setters = new RealtimeBindingSetters(scope, nestedTypes, facade);
    queryProperties.forEach((wire, schema) -> {
      if ("array".equals(schema.get("type"))) {
        protocolHandled.add(wire);
      } else {
        query.add(setters.setter(wire, required.contains(wire), schema));
      }
    });
    List<RealtimePlan.Setter> headers = new ArrayList<>();
    headerProperties.forEach((wire, schema) ->
        headers.add(setters.setter(wire, requiredHeaders.contains(wire), schema)));
    RealtimePlan.Server defaultServer = null;
    if (server != null) {
      String uri = defaultUri(server);
      if (isWebSocketUri(uri)) {
        defaultServer = new RealtimePlan.Server(nameOf(api, server), uri, server.description());
      } else {
        diagnostics.warning(server.position(), "server '" + nameOf(api, server) + "' gives no usable WebSocket URI ("
            + uri + "): the generated Realtime has no default, and build() requires uri(...)");
      }
    }
    return new RealtimePlan(facade, channelClass, defaultServer, choices, query, headers, protocolHandled,
        api.info() == null ? null : api.info().description(), isAppwrite(api, webSocketServers));
  }

  /**
   * Appwrite's framing ({@code {type, data}} frames, channels in the URL) only where the spec says it is Appwrite:
   * its title names Appwrite, or a ws server is on {@code appwrite.io}. Any other ws spec gets raw JSON frames.
   */
  static boolean isAppwrite(AsyncApi api, List<Server> webSocketServers) {
    if (api.info() != null && api.info().title() != null
        && api.info().title().toLowerCase(Locale.ROOT).contains("appwrite")) {
      return true;
    }
    return webSocketServers.stream().map(RealtimePlanner::defaultUri).anyMatch(uri -> {
      try {
        String host = new URI(uri).getHost();
        return host != null && (host.equalsIgnoreCase("appwrite.io")
            || host.toLowerCase(Locale.ROOT).endsWith(".appwrite.io"));
      } catch (URISyntaxException e) {
        return false;
      }
    });
  }

  /** Whether {@code URI.create} in the generated class will accept it, with a host to connect to. */
  static boolean isWebSocketUri(String uri) {
    try {
      return new URI(uri).getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isWebSocket(Server server) {
    String protocol = server.protocol() == null ? "" : server.protocol().toLowerCase(Locale.ROOT);
    return protocol.equals("ws") || protocol.equals("wss");
  }

  static String nameOf(AsyncApi api, Server server) {
    return api.servers().entrySet().stream().filter(e -> e.getValue() == server).map(Map.Entry::getKey)
        .findFirst().orElse(server.name());
  }

  /** {@code protocol://url} (unless the URL has a scheme already), each {@code {variable}} its default. */
  static String defaultUri(Server server) {
    String uri = server.address();
    for (ServerVariable variable : server.variables().values()) {
      if (variable.defaultValue() != null) {
        uri = uri.replace("{" + variable.name() + "}", variable.defaultValue());
      }
    }
    return uri;
  }

  private static void collect(
      Map<String, Object> schema, Map<String, Map<String, Object>> into, Set<String> required) {
    map(schema.get("properties")).forEach((name, property) -> into.putIfAbsent(name, map(property)));
    if (schema.get("required") instanceof List<?> names) {
      names.forEach(name -> required.add(String.valueOf(name)));
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
