package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text as ws binding property names and descriptions, server URL and description: the facade compiles with
 * every lint and doclint, setters never clash, and the required property's wire name comes back exactly in
 * {@code build()}'s message. One compile per try, so the tries are few.
 */
class RealtimeFacadeProperties {
  private static final List<String> FRAGMENTS = List.of("*/", "/*", "\\u002a/", "\\", "\"", "@param x", "{@code",
      "<p>", "&", "`", "$L", "%s", "\u0000", "\u2028", "\uD83D\uDE00", "\r\n", " ", "é", "-", "1", "build",
      "uri", "client", "header", "class", "X-Api-Key", "project");

  /** A spec file is UTF-8: a lone surrogate cannot be written to one (the loader's own tests cover bad bytes). */
  private static final java.util.function.Predicate<String> UTF8 =
      text -> text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

  @Property(tries = 25)
  void anyBindingTextGivesAFacadeThatCompiles(@ForAll("names") List<String> query,
      @ForAll("names") List<String> headers, @ForAll("text") String description, @ForAll("text") String url)
      throws Throwable {
    assertFacade(document(query, headers, description, url), query, headers);
  }

  /** The same in AsyncAPI 3.0, whose server has a host (the text) instead of a url. */
  @Property(tries = 15)
  void anyBindingTextGivesAFacadeThatCompilesInAsyncApi3(@ForAll("names") List<String> query,
      @ForAll("names") List<String> headers, @ForAll("text") String description, @ForAll("text") String host)
      throws Throwable {
    assertFacade(document3(query, headers, description, host), query, headers);
  }

  private static void assertFacade(String document, List<String> query, List<String> headers) throws Throwable {
    Map<String, String> files = GeneratedCode.generateOrNull(document,
        GenerationOptions.forPackage("p").withRealtime(true));
    if (files == null) {
      return;
    }
    ClassLoader loader = GeneratedCode.compileWithRealtime(files);
    Object builder = GeneratedCode.call(loader, "p.Realtime", "builder");
    Facades.invoke(builder, "uri", URI.create("ws://127.0.0.1:9/")); // the spec's URL may be unusable
    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(" is required (" + query.get(0) + " in the handshake)");
    assertThat(builder.getClass().getMethods()).filteredOn(m -> m.getParameterCount() == 1
        && m.getParameterTypes()[0] == String.class).hasSize(query.size() + headers.size());
  }

  /**
   * Any text as a string property's {@code enum} values and as server names: the nested enums compile, each value
   * comes back from its constant's {@code value()}, each server is found by its name.
   */
  @Property(tries = 15)
  void anyEnumValuesAndServerNamesGiveNestedEnumsThatCompile(@ForAll("names") List<String> values,
      @ForAll("names") List<String> serverNames) throws Throwable {
    assertNestedEnums(values, serverNames);
  }

  /**
   * Found by exploring (seed -6671110730834949327): a server named uri was the constant URI, which hid
   * java.net.URI from the enum's own URI.create, so Realtime.java did not compile.
   */
  @Example
  void aServerNamedUriIsNotTheConstantUri() throws Throwable {
    ClassLoader loader = assertNestedEnums(List.of("*/"), List.of("uri"));

    assertThat(loader.loadClass("p.Realtime$Server").getEnumConstants()).extracting(Object::toString)
        .containsExactly("URI_2", "EXTRA");
  }

  /** The generated code's class loader; null when the spec is refused. */
  private static ClassLoader assertNestedEnums(List<String> values, List<String> serverNames) throws Throwable {
    Map<String, Object> servers = new LinkedHashMap<>();
    Map<String, Object> query = Map.of("type", "object", "properties",
        Map.of("mode", Map.of("type", "string", "enum", values), "count", Map.of("type", "integer")));
    for (String name : serverNames) {
      servers.put(name, Map.of("url", "127.0.0.1:{port}/v1", "protocol", "ws", "description", name,
          "variables", Map.of("port", Map.of("default", "9")), "bindings", Map.of("ws", Map.of("query", query))));
    }
    servers.put("extra", Map.of("url", "127.0.0.2/v1", "protocol", "wss"));
    Map<String, String> files = GeneratedCode.generateOrNull(new ObjectMapper().writeValueAsString(Map.of(
        "asyncapi", "2.6.0",
        "info", Map.of("title", "t", "version", "1"),
        "servers", servers,
        "channels", Map.of("c", Map.of("subscribe", Map.of("message", Map.of("payload", Map.of("type", "string"))))))),
        GenerationOptions.forPackage("p").withRealtime(true));
    if (files == null) {
      return null;
    }
    ClassLoader loader = GeneratedCode.compileWithRealtime(files);
    List<Object> wireValues = new java.util.ArrayList<>();
    for (Object constant : loader.loadClass("p.Realtime$Mode").getEnumConstants()) {
      wireValues.add(Facades.invoke(constant, "value"));
    }
    assertThat(wireValues).containsExactlyElementsOf(values);
    for (String name : serverNames) {
      Object server = GeneratedCode.call(loader, "p.Realtime$Server", "named", name);
      assertThat(Facades.invoke(server, "specName")).isEqualTo(name);
      assertThat(Facades.invoke(server, "uri", Map.of("port", "8080"))).isEqualTo(URI.create("ws://127.0.0.1:8080/v1"));
    }
    assertThat(loader.loadClass("p.Realtime$Server").getEnumConstants()).hasSize(serverNames.size() + 1);
    return loader;
  }

  private static String document(List<String> query, List<String> headers, String description, String url)
      throws IOException {
    Map<String, Object> server = Map.of("url", url, "protocol", "wss", "description", description,
        "bindings", Map.of("ws", Map.of("query", object(query, description, List.of(query.get(0))),
            "headers", object(headers, description, List.of()))));
    return new ObjectMapper().writeValueAsString(Map.of(
        "asyncapi", "2.6.0",
        "info", Map.of("title", "t", "version", "1", "description", description),
        "servers", Map.of("s", server),
        "channels", Map.of("c", Map.of("subscribe", Map.of("message", Map.of("payload", Map.of("type", "string")))))));
  }

  private static String document3(List<String> query, List<String> headers, String description, String host)
      throws IOException {
    Map<String, Object> server = Map.of("host", host, "protocol", "wss", "description", description,
        "bindings", Map.of("ws", Map.of("query", object(query, description, List.of(query.get(0))),
            "headers", object(headers, description, List.of()))));
    return new ObjectMapper().writeValueAsString(Map.of(
        "asyncapi", "3.0.0",
        "info", Map.of("title", "t", "version", "1", "description", description),
        "servers", Map.of("s", server),
        "channels", Map.of("c", Map.of("address", "c",
            "messages", Map.of("m", Map.of("payload", Map.of("type", "string"))))),
        "operations", Map.of("o", Map.of("action", "send", "channel", Map.of("$ref", "#/channels/c")))));
  }

  private static Map<String, Object> object(List<String> names, String description, List<String> required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    names.forEach(name -> properties.put(name, Map.of("type", "string", "description", description)));
    return Map.of("type", "object", "properties", properties, "required", required);
  }

  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> hostile = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(3)
        .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(hostile, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8).filter(UTF8))
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS).list().ofMaxSize(6).map(parts -> String.join("", parts)),
        Arbitraries.strings().all().ofMaxLength(12).filter(UTF8));
  }
}
