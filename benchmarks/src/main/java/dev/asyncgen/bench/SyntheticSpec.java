package dev.asyncgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Appwrite-shaped AsyncAPI 2.6 documents of any size, to show how generation scales.
 *
 * <p>Each resource {@code i} brings two schemas, an {@code Item{i}} record (with an enum, a
 * date-time, an array, and open additional properties on every third one) and an
 * {@code Item{i}Envelope} that is {@code allOf} the shared {@code Envelope} plus an event-pattern
 * enum ({@code space{i}.*.items.*.create}), and one message with an example that the resolver
 * validates. Channels cycle through the Appwrite name shapes: a plain word, a word and a parameter,
 * and dot-separated names with two and three parameters, each subscribing to one resource's
 * message. The counts asked for are met exactly: {@code schemas} component schemas (the envelope,
 * two per resource, and an {@code Owner} when the count needs one more) and {@code channels}
 * channels.
 */
public final class SyntheticSpec {
  private final int channels;
  private final int resources;
  private final boolean owner;
  private final StringBuilder out = new StringBuilder();

  private SyntheticSpec(int channels, int schemas) {
    if (channels < 1 || schemas < 3) {
      throw new IllegalArgumentException("need at least 1 channel and 3 schemas");
    }
    this.channels = channels;
    this.resources = (schemas - 1) / 2;
    this.owner = (schemas - 1) % 2 == 1;
  }

  /** The document as YAML text. */
  public static String yaml(int channels, int schemas) {
    return new SyntheticSpec(channels, schemas).document();
  }

  /** Writes the document to {@code file} and returns it. */
  public static Path write(Path file, int channels, int schemas) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.writeString(file, yaml(channels, schemas), StandardCharsets.UTF_8);
  }

  /** {@code SyntheticSpec FILE CHANNELS SCHEMAS}: writes one document, for the CLI timing script. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticSpec FILE CHANNELS SCHEMAS");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
  }

  private String document() {
    line(0, "asyncapi: '2.6.0'");
    line(0, "info:");
    line(1, "title: Synthetic Realtime API");
    line(1, "version: '1.0.0'");
    line(1, "description: Appwrite-shaped benchmark document with " + channels + " channels.");
    line(0, "defaultContentType: application/json");
    line(0, "servers:");
    line(1, "cloud:");
    line(2, "url: realtime.example.com/v1/realtime");
    line(2, "protocol: wss");
    line(0, "channels:");
    for (int j = 0; j < channels; j++) {
      channel(j);
    }
    line(0, "components:");
    line(1, "parameters:");
    for (String parameter : new String[] {"spaceId", "itemId", "eventId"}) {
      line(2, parameter + ":");
      line(3, "description: The " + parameter + " segment of the channel name.");
      line(3, "schema:");
      line(4, "type: string");
    }
    line(1, "messages:");
    for (int i = 0; i < resources; i++) {
      message(i);
    }
    line(1, "schemas:");
    envelope();
    for (int i = 0; i < resources; i++) {
      item(i);
      itemEnvelope(i);
    }
    if (owner) {
      line(2, "Owner:");
      line(3, "type: object");
      line(3, "properties:");
      property(4, "id", "string", null);
      property(4, "name", "string", null);
    }
    return out.toString();
  }

  /** Channel {@code j} subscribes to resource {@code j % resources}, in one of four name shapes. */
  private void channel(int j) {
    int resource = j % resources;
    String[] shapes = {
        "space" + j,
        "space" + j + ".{spaceId}",
        "space" + j + ".{spaceId}.items.{itemId}.events",
        "space" + j + ".{spaceId}.items.{itemId}.events.{eventId}"};
    int shape = j % shapes.length;
    line(1, "'" + shapes[shape] + "':");
    line(2, "description: Subscribes to events of resource " + resource + " (channel " + j + ").");
    if (shape > 0) {
      line(2, "parameters:");
      String[] parameters = {"spaceId", "itemId", "eventId"};
      for (int p = 0; p < shape; p++) {
        line(3, parameters[p] + ":");
        line(4, "$ref: '#/components/parameters/" + parameters[p] + "'");
      }
    }
    line(2, "subscribe:");
    line(3, "operationId: subscribeSpace" + j);
    line(3, "message:");
    line(4, "oneOf:");
    line(5, "- $ref: '#/components/messages/Item" + resource + "Event'");
  }

  private void message(int i) {
    line(2, "Item" + i + "Event:");
    line(3, "name: Item" + i + "Event");
    line(3, "contentType: application/json");
    line(3, "payload:");
    line(4, "$ref: '#/components/schemas/Item" + i + "Envelope'");
    line(3, "examples:");
    line(4, "- name: item" + i + "Create");
    line(5, "payload:");
    line(6, "events:");
    line(7, "- space" + i + ".[SPACE_ID].items.[ITEM_ID].create");
    line(7, "- space" + i + ".*.items.*.create");
    line(6, "channels:");
    line(7, "- space" + i + ".[SPACE_ID]");
    line(6, "timestamp: '2026-05-29T12:34:56.000+00:00'");
    line(6, "payload:");
    line(7, "$id: item" + i);
    line(7, "$createdAt: '2026-05-29T12:34:56.000+00:00'");
    line(7, "name: Item " + i);
    line(7, "status: active");
    line(7, "tags: []");
  }

  private void envelope() {
    line(2, "Envelope:");
    line(3, "type: object");
    line(3, "description: Common envelope of every message.");
    line(3, "required: [events, channels, timestamp, payload]");
    line(3, "properties:");
    line(4, "events:");
    line(5, "type: array");
    line(5, "description: Event names that triggered this message.");
    line(5, "items:");
    line(6, "type: string");
    line(4, "channels:");
    line(5, "type: array");
    line(5, "items:");
    line(6, "type: string");
    property(4, "timestamp", "string", "date-time");
    line(4, "payload:");
    line(5, "type: object");
  }

  private void item(int i) {
    line(2, "Item" + i + ":");
    line(3, "type: object");
    line(3, "description: Resource " + i + ".");
    line(3, "properties:");
    property(4, "$id", "string", null);
    property(4, "$createdAt", "string", "date-time");
    property(4, "$updatedAt", "string", "date-time");
    property(4, "name", "string", null);
    line(4, "status:");
    line(5, "type: string");
    line(5, "enum: [active, paused, deleted]");
    property(4, "size", "integer", null);
    property(4, "score", "number", null);
    line(4, "tags:");
    line(5, "type: array");
    line(5, "items:");
    line(6, "type: string");
    if (owner && i == 0) {
      line(4, "owner:");
      line(5, "$ref: '#/components/schemas/Owner'");
    }
    if (i % 3 == 0) {
      line(3, "additionalProperties: true");
    }
  }

  private void itemEnvelope(int i) {
    line(2, "Item" + i + "Envelope:");
    line(3, "allOf:");
    line(4, "- $ref: '#/components/schemas/Envelope'");
    line(4, "- type: object");
    line(5, "properties:");
    line(6, "events:");
    line(7, "type: array");
    line(7, "items:");
    line(8, "type: string");
    line(8, "enum:");
    for (String action : new String[] {"create", "update", "delete"}) {
      line(9, "- space" + i + ".*.items.*." + action);
    }
    line(6, "payload:");
    line(7, "$ref: '#/components/schemas/Item" + i + "'");
  }

  private void property(int indent, String name, String type, String format) {
    line(indent, name + ":");
    line(indent + 1, "type: " + type);
    if (format != null) {
      line(indent + 1, "format: " + format);
    }
  }

  private void line(int indent, String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }
}
