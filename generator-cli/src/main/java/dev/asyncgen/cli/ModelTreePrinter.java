package dev.asyncgen.cli;

import dev.asyncgen.core.diagnostic.PrintableText;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.BooleanSchema;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.NumberSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.StringSchema;
import dev.asyncgen.core.model.UntypedSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the resolved model as an indented tree for {@code asyncgen inspect}. */
final class ModelTreePrinter {
  private final AsyncApi api;
  private final StringBuilder out = new StringBuilder();

  ModelTreePrinter(AsyncApi api) {
    this.api = api;
  }

  String print() {
    line(0, api.info().title() + " " + api.info().version() + " (AsyncAPI " + api.asyncapiVersion() + ")");
    printServers();
    printChannels();
    printSchemas();
    return out.toString();
  }

  private void printServers() {
    if (api.servers().isEmpty()) {
      return;
    }
    blank();
    line(0, "servers (" + api.servers().size() + ")");
    for (Server server : api.servers().values()) {
      String protocol = server.protocol() == null ? "" : server.protocol()
          + (server.protocolVersion() == null ? "" : " " + server.protocolVersion());
      line(1, server.name() + "  " + server.url() + "  [" + protocol + "]");
      server.variables().values().forEach(variable -> line(2, "variable " + variable.name()
          + (variable.defaultValue() == null ? "" : " (default " + variable.defaultValue() + ")")));
    }
  }

  private void printChannels() {
    blank();
    line(0, "channels (" + api.channels().size() + ")");
    for (Channel channel : api.channels()) {
      String address = channel.address().map(ChannelAddress::template).orElse(null);
      line(1, channel.id() + (address == null ? "  (no address)" : address.equals(channel.id()) ? "" : "  address " + address));
      for (Parameter parameter : channel.parameters().values()) {
        line(2, "parameter " + parameter.name() + ": " + describe(parameter.schema()) + values(parameter.schema()));
      }
      for (Operation operation : channel.operations()) {
        line(2, operation.keyword() + (operation.id() == null ? "" : " " + operation.id()));
        operation.messages().forEach(message -> printMessage(3, message));
        operation.reply().ifPresent(reply -> {
          line(3, "reply" + (reply.channelId() == null ? "" : " on " + reply.channelId())
              + (reply.addressLocation() == null ? "" : " at " + reply.addressLocation()));
          reply.messages().forEach(message -> printMessage(4, message));
        });
      }
    }
  }

  private void printMessage(int depth, Message message) {
    line(depth, "message " + message.displayName() + "  payload "
        + (message.payload() == null ? "none" : describe(message.payload())));
  }

  private void printSchemas() {
    if (api.schemas().isEmpty()) {
      return;
    }
    blank();
    line(0, "schemas (" + api.schemas().size() + ")");
    for (NamedSchema named : api.schemas().values()) {
      line(1, named.name() + "  " + shape(named.schema()));
      for (Property property : ownProperties(named.schema())) {
        Schema items = property.schema() instanceof ArraySchema array ? array.items() : property.schema();
        if (items instanceof StringSchema string && string.isEventPatternEnum()) {
          line(2, property.name() + " event patterns (" + string.enumValues().size() + ")");
          string.enumValues().forEach(pattern -> line(3, pattern));
        } else if (items instanceof StringSchema string && string.isEnum()) {
          line(2, property.name() + " enum " + String.join(", ", string.enumValues()));
        }
      }
    }
  }

  /** The properties a schema writes itself: an object's, or the inline parts of an allOf. */
  private static List<Property> ownProperties(Schema schema) {
    List<Property> properties = new ArrayList<>();
    if (schema instanceof ObjectSchema object) {
      properties.addAll(object.properties());
    } else if (schema instanceof CompositionSchema composition) {
      composition.parts().stream()
          .filter(ObjectSchema.class::isInstance)
          .forEach(part -> properties.addAll(((ObjectSchema) part).properties()));
    }
    return properties;
  }

  private static String shape(Schema schema) {
    if (schema instanceof ObjectSchema object) {
      String names = object.properties().stream().map(Property::name).collect(Collectors.joining(", "));
      String extra = object.additionalProperties().kept() ? ", ..." : "";
      return "object (" + names + extra + ")";
    }
    if (schema instanceof CompositionSchema composition) {
      return composition.kind().keyword() + " " + composition.parts().stream()
          .map(part -> part instanceof ObjectSchema ? shape(part) : describe(part))
          .collect(Collectors.joining(" + "));
    }
    return describe(schema);
  }

  /** A one-line type description, such as {@code array<string>} or {@code string(date-time)}. */
  /** A parameter's listed values and default, which become its enum argument: {@code [eu, us] (default eu)}. */
  private static String values(Schema schema) {
    if (!(schema instanceof StringSchema string) || !string.isEnum()) {
      return "";
    }
    Object defaultValue = string.info().defaultValue();
    return " " + string.enumValues() + (defaultValue == null ? "" : " (default " + defaultValue + ")");
  }

  static String describe(Schema schema) {
    if (schema instanceof ReferenceSchema reference) {
      return reference.name();
    }
    if (schema instanceof StringSchema string) {
      String format = string.format() == null ? "" : "(" + string.format() + ")";
      return string.isEnum() ? "enum" + format : "string" + format;
    }
    if (schema instanceof IntegerSchema integer) {
      return "integer" + (integer.format() == null ? "" : "(" + integer.format() + ")");
    }
    if (schema instanceof NumberSchema number) {
      return "number" + (number.format() == null ? "" : "(" + number.format() + ")");
    }
    if (schema instanceof BooleanSchema) {
      return "boolean";
    }
    if (schema instanceof ArraySchema array) {
      return array.tupleItems().isEmpty()
          ? "array<" + describe(array.items()) + ">"
          : "tuple<" + array.tupleItems().stream().map(ModelTreePrinter::describe).collect(Collectors.joining(", ")) + ">";
    }
    if (schema instanceof ObjectSchema object) {
      return object.properties().isEmpty() && object.additionalProperties().kind() == AdditionalProperties.Kind.TYPED
          ? "map<string, " + describe(object.additionalProperties().schema()) + ">"
          : "object";
    }
    if (schema instanceof CompositionSchema composition) {
      return composition.kind().keyword() + "[" + composition.parts().stream()
          .map(ModelTreePrinter::describe).collect(Collectors.joining(", ")) + "]";
    }
    return schema instanceof UntypedSchema ? "any" : schema.getClass().getSimpleName();
  }

  /** Every line holds spec text (names, titles, enum values): escaped, so that it cannot drive the terminal. */
  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(PrintableText.of(text)).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
