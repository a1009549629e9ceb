package com.example.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appwrite.realtime.Channel;
import io.appwrite.realtime.Channels;
import io.appwrite.realtime.DocumentEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes an Appwrite Realtime document event and prints the channel it came on. Pass a file
 * with the event's JSON, or nothing to use a sample.
 */
public final class Main {
  static final String SAMPLE_EVENT = """
      {
        "events": ["databases.main.collections.posts.documents.p1.create"],
        "channels": ["databases.main.collections.posts.documents"],
        "timestamp": "2026-05-29T12:34:56.000+00:00",
        "payload": {"$id": "p1", "$databaseId": "main", "$collectionId": "posts", "title": "Hello"}
      }
      """;

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private Main() {}

  public static void main(String[] args) throws IOException {
    String json = args.length > 0 ? Files.readString(Path.of(args[0])) : SAMPLE_EVENT;
    System.out.println(describe(json));
  }

  /** One line: the document, its event types and the channel it was delivered on. */
  static String describe(String json) throws JsonProcessingException {
    DocumentEnvelope event = MAPPER.readValue(json, DocumentEnvelope.class);
    String channel = event.channels().stream()
        .flatMap(name -> Channels.parse(name).stream())
        .map(Main::describe)
        .findFirst()
        .orElse("an unknown channel");
    return "document " + event.payload().id() + " " + event.eventTypes() + " on " + channel;
  }

  private static String describe(Channel<?> channel) {
    return channel.name() + " " + channel.parameters() + " (" + channel.payloadType().getSimpleName() + ")";
  }
}
