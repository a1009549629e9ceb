package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.appwrite.realtime.Channel;
import io.appwrite.realtime.Channels;
import io.appwrite.realtime.DocumentEnvelope;
import io.appwrite.realtime.Envelope;
import io.appwrite.realtime.Execution;
import io.appwrite.realtime.ExecutionEnvelope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppwriteEventsTest {
  /** The documentCreate example of the DocumentEvent message in the spec, as JSON. */
  private static final String DOCUMENT_CREATE = """
      {
        "events": [
          "databases.[DB_ID].collections.[COL_ID].documents.[DOC_ID].create",
          "databases.[DB_ID].collections.[COL_ID].documents.*.create",
          "databases.*.collections.*.documents.*.create"
        ],
        "channels": [
          "databases.[DB_ID].collections.[COL_ID].documents",
          "databases.[DB_ID].collections.[COL_ID].documents.[DOC_ID]"
        ],
        "timestamp": "2026-05-29T12:34:56.000+00:00",
        "payload": {
          "$id": "6406d3e8c4d9b",
          "$collectionId": "[COL_ID]",
          "$databaseId": "[DB_ID]",
          "$createdAt": "2026-05-29T12:34:56.000+00:00",
          "$updatedAt": "2026-05-29T12:34:56.000+00:00",
          "$permissions": []
        }
      }
      """;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void decodesTheSpecsDocumentExample() throws Exception {
    DocumentEnvelope event = mapper.readValue(DOCUMENT_CREATE, DocumentEnvelope.class);

    assertEquals("6406d3e8c4d9b", event.payload().id());
    assertEquals("[DB_ID]", event.payload().databaseId());
    assertEquals(List.of(), event.payload().permissions());
    assertEquals(OffsetDateTime.parse("2026-05-29T12:34:56Z"), event.timestamp());
    assertEquals(3, event.events().size());
    assertTrue(event.eventTypes().contains(DocumentEnvelope.Event.DATABASES_COLLECTIONS_DOCUMENTS_CREATE));
    Envelope envelope = event;
    assertEquals(event, mapper.readValue(mapper.writeValueAsString(envelope), DocumentEnvelope.class));
  }

  @Test
  void decodesAnExecutionStatusTheSpecDoesNotListYet() throws Exception {
    // Live servers send "scheduled", which the spec's enum lacks: kept, and written back unchanged.
    ExecutionEnvelope event = mapper.readValue("""
        {"events": ["functions.f1.executions.e1.create"], "channels": ["executions"],
         "timestamp": "2026-05-29T12:34:56.000+00:00",
         "payload": {"$id": "e1", "functionId": "f1", "status": "scheduled"}}
        """, ExecutionEnvelope.class);
    Execution.Status status = event.payload().status();

    String shown = switch (status.known()) {
      case WAITING, PROCESSING -> "running";
      case COMPLETED -> "done";
      case FAILED -> "failed";
      case UNKNOWN -> "new status " + status.value();
    };

    assertEquals("new status scheduled", shown);
    assertTrue(mapper.writeValueAsString(event).contains("\"status\":\"scheduled\""));
    assertSame(Execution.Status.COMPLETED, Execution.Status.of("completed"));
  }

  @Test
  void buildsAndParsesChannels() {
    Channel<DocumentEnvelope> channel = Channels.databases("main").collections("posts").documents();

    assertEquals("databases.main.collections.posts.documents", channel.name());
    assertEquals(DocumentEnvelope.class, channel.payloadType());
    assertEquals(Map.of("databaseId", "main", "collectionId", "posts"), channel.parameters());
    assertEquals(Optional.of(channel), Channels.parse("databases.main.collections.posts.documents"));
  }

  @Test
  void mainPrintsTheChannelOfAnEvent() throws Exception {
    assertEquals("document p1 [DATABASES_COLLECTIONS_DOCUMENTS_CREATE] on databases.main.collections.posts.documents"
        + " {databaseId=main, collectionId=posts} (DocumentEnvelope)", Main.describe(Main.SAMPLE_EVENT));
  }
}
