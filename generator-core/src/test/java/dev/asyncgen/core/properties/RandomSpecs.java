package dev.asyncgen.core.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random AsyncAPI documents, written as JSON (which YAML 1.2 reads too). */
final class RandomSpecs {
  private RandomSpecs() {}

  /** Names with the characters that trip generators up: punctuation, digits first, keywords, unicode. */
  static Arbitrary<String> awkwardNames() {
    Arbitrary<String> words = Arbitraries.of("id", "$id", "class", "default", "enum", "x-y", "_", "café", "1st",
        "Type", "type", "hashCode", "value", "my_type", "my-type", "Object", "record", "événement", "a.b", "HTTPCode");
    Arbitrary<String> random = Arbitraries.strings().withChars("aZ9_-$.é ").ofMinLength(1).ofMaxLength(8);
    return Arbitraries.oneOf(words, random);
  }

  static Arbitrary<String> schema(int depth) {
    List<Arbitrary<String>> shapes = new ArrayList<>(List.of(
        Arbitraries.just("{\"type\":\"string\"}"),
        Arbitraries.just("{\"type\":\"string\",\"format\":\"date-time\"}"),
        Arbitraries.of("int32", "int64", "").map(f -> "{\"type\":\"integer\"" + (f.isEmpty() ? "" : ",\"format\":\"" + f + "\"") + "}"),
        Arbitraries.just("{\"type\":\"number\"}"),
        Arbitraries.just("{\"type\":\"boolean\"}"),
        Arbitraries.just("{}"),
        Arbitraries.just("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}"),
        awkwardNames().list().ofMinSize(1).ofMaxSize(4).uniqueElements()
            .map(values -> "{\"type\":\"string\",\"enum\":[" + values.stream().map(RandomSpecs::quote)
                .collect(Collectors.joining(",")) + "]}")));
    if (depth > 0) {
      shapes.add(schema(depth - 1).map(items -> "{\"type\":\"array\",\"items\":" + items + "}"));
      shapes.add(object(depth - 1));
    }
    return Arbitraries.oneOf(shapes);
  }

  static Arbitrary<String> object(int depth) {
    Arbitrary<List<String>> names = awkwardNames().list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    return names.flatMap(list -> schema(depth).list().ofSize(list.size()).flatMap(schemas ->
        Arbitraries.integers().between(0, list.size()).map(requiredCount -> {
          StringBuilder properties = new StringBuilder();
          for (int i = 0; i < list.size(); i++) {
            properties.append(i == 0 ? "" : ",").append(quote(list.get(i))).append(':').append(schemas.get(i));
          }
          String required = list.subList(0, requiredCount).stream().map(RandomSpecs::quote)
              .collect(Collectors.joining(","));
          return "{\"type\":\"object\",\"properties\":{" + properties + "},\"required\":[" + required + "]}";
        })));
  }

  static Arbitrary<String> channelName() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.of("users", "rooms", "1", "v2", "user-events", "a_b", "class"),
        Arbitraries.of("{id}", "{roomId}", "{x}-{y}"));
    return Combinators.combine(segment.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(".", "/"))
        .as((segments, separator) -> String.join(separator, segments));
  }

  /** A document with some component schemas and channels whose payloads refer to them. */
  static Arbitrary<String> document() {
    Arbitrary<List<String>> schemaNames = awkwardNames().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    return schemaNames.flatMap(names -> Combinators.combine(
            object(2).list().ofSize(names.size()),
            channelName().list().ofMinSize(1).ofMaxSize(4).uniqueElements())
        .as((schemas, channels) -> {
          StringBuilder json = new StringBuilder("{\"asyncapi\":\"2.6.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},");
          json.append("\"channels\":{");
          for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            json.append(i == 0 ? "" : ",").append(quote(channel)).append(":{");
            List<String> parameters = parameterNames(channel);
            if (!parameters.isEmpty()) {
              json.append("\"parameters\":{").append(parameters.stream()
                  .map(p -> quote(p) + ":{\"schema\":{\"type\":\"string\"}}").collect(Collectors.joining(","))).append("},");
            }
            String schemaName = names.get(i % names.size());
            json.append("\"subscribe\":{\"message\":{\"payload\":{\"$ref\":")
                .append(quote("#/components/schemas/" + schemaName.replace("~", "~0").replace("/", "~1")))
                .append("}}}}");
          }
          json.append("},\"components\":{\"schemas\":{");
          for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(names.get(i))).append(':').append(schemas.get(i));
          }
          return json.append("}}}").toString();
        }));
  }

  /**
   * The same documents in AsyncAPI 3.0: each channel has an id of its own and its name as address,
   * one message, and an operation that sends or receives it.
   */
  static Arbitrary<String> document3() {
    Arbitrary<List<String>> schemaNames = awkwardNames().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    return schemaNames.flatMap(names -> Combinators.combine(
            object(2).list().ofSize(names.size()),
            channelName().list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            Arbitraries.of("send", "receive").list().ofSize(4))
        .as((schemas, channels, actions) -> {
          StringBuilder json = new StringBuilder("{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},");
          StringBuilder operations = new StringBuilder();
          json.append("\"channels\":{");
          for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            json.append(i == 0 ? "" : ",").append("\"ch").append(i).append("\":{\"address\":").append(quote(channel))
                .append(",");
            List<String> parameters = parameterNames(channel);
            if (!parameters.isEmpty()) {
              json.append("\"parameters\":{").append(parameters.stream().map(p -> quote(p) + ":{}")
                  .collect(Collectors.joining(","))).append("},");
            }
            String schemaName = names.get(i % names.size());
            json.append("\"messages\":{\"m\":{\"payload\":{\"$ref\":")
                .append(quote("#/components/schemas/" + schemaName.replace("~", "~0").replace("/", "~1")))
                .append("}}}}");
            operations.append(i == 0 ? "" : ",").append("\"op").append(i).append("\":{\"action\":\"")
                .append(actions.get(i)).append("\",\"channel\":{\"$ref\":\"#/channels/ch").append(i).append("\"}}");
          }
          json.append("},\"operations\":{").append(operations).append("},\"components\":{\"schemas\":{");
          for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(names.get(i))).append(':').append(schemas.get(i));
          }
          return json.append("}}}").toString();
        }));
  }

  private static List<String> parameterNames(String channel) {
    List<String> parameters = new ArrayList<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(channel);
    while (matcher.find()) {
      if (!parameters.contains(matcher.group(1))) {
        parameters.add(matcher.group(1));
      }
    }
    return parameters;
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
