package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade's nested {@code Server} enum when the spec has several {@code ws}/{@code wss} servers: a constant per
 * server whose URL can become a WebSocket URI, the default (the first server) first. Without a usable first server
 * there is no default to keep, so no enum either: {@code build()} then asks for {@code uri(...)}.
 */
final class RealtimeServerChoices {
  private RealtimeServerChoices() {}

  static RealtimePlan.ServerChoices plan(
      AsyncApi api, List<Server> servers, ClassName enumName, Diagnostics diagnostics) {
    // The enum's own code calls URI.create: a constant URI (a server named uri) would hide java.net.URI there.
    NameScope constants = new NameScope(false).reserve("URI");
    List<RealtimePlan.ServerChoice> choices = new ArrayList<>();
    for (Server server : servers) {
      String name = RealtimePlanner.nameOf(api, server);
      String url = server.address();
      Map<String, String> variables = new LinkedHashMap<>();
      Map<String, List<String>> allowedValues = new LinkedHashMap<>();
      for (ServerVariable variable : server.variables().values()) {
        variables.put(variable.name(), variable.defaultValue());
        if (!variable.enumValues().isEmpty()) {
          allowedValues.put(variable.name(), variable.enumValues());
        }
      }
      if (!usable(url, variables)) {
        if (choices.isEmpty()) {
          return new RealtimePlan.ServerChoices(null, List.of()); // its warning comes with the missing default URI
        }
        diagnostics.warning(server.position(), "server '" + name + "' gives no usable WebSocket URI (" + url
            + "): the generated Realtime.Server leaves it out");
        continue;
      }
      choices.add(new RealtimePlan.ServerChoice(constants.claim(JavaIdentifiers.upperSnake(name), "SERVER"), name,
          url, Collections.unmodifiableMap(variables), Collections.unmodifiableMap(allowedValues),
          authorityVariables(url, variables.keySet()), server.description()));
    }
    return choices.size() < 2
        ? new RealtimePlan.ServerChoices(null, List.of()) : new RealtimePlan.ServerChoices(enumName, choices);
  }

  /** The variables placed before the end of the URL's authority: the user's value may move the host there. */
  private static List<String> authorityVariables(String url, java.util.Set<String> names) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int end = url.length();
    for (char delimiter : new char[] {'/', '?', '#'}) {
      int at = url.indexOf(delimiter, start);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    int authorityEnd = end;
    return names.stream().filter(name -> {
      int at = url.indexOf("{" + name + "}");
      return at >= 0 && at < authorityEnd;
    }).toList();
  }

  /** Whether the URL is a WebSocket URI with a host once each variable has a value (a stand-in where none). */
  private static boolean usable(String url, Map<String, String> variables) {
    String uri = url;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      uri = uri.replace("{" + variable.getKey() + "}", variable.getValue() != null ? variable.getValue() : "x");
    }
    return !uri.contains("{") && RealtimePlanner.isWebSocketUri(uri);
  }
}
