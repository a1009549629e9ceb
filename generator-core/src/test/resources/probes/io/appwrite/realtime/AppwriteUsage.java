package io.appwrite.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Uses the generated Appwrite API the way the README shows it. Compiling this file proves the
 * types line up ({@code Channel<DocumentEnvelope>}, {@code Envelope e = env}, ...); the tests call its methods.
 */
public final class AppwriteUsage {
  private AppwriteUsage() {}

  public static String documentsName() {
    Channel<DocumentEnvelope> channel = Channels.databases("main").collections("posts").documents();
    return channel.name();
  }

  public static Map<String, String> documentsParameters() {
    return Channels.databases("main").collections("posts").documents().parameters();
  }

  public static Class<?> documentsPayloadType() {
    Channel<DocumentEnvelope> channel = Channels.databases("main").collections("posts").documents();
    return channel.payloadType();
  }

  public static String documentName() {
    return Channels.databases("main").collections("posts").documents("p1").name();
  }

  public static Class<?> functionPayloadType() {
    Channel<ExecutionEnvelope> channel = Channels.functions("fn");
    return channel.payloadType();
  }

  /** One of every channel the builder makes. */
  public static List<Channel<?>> everyChannel() {
    List<Channel<?>> channels = new ArrayList<>();
    channels.add(Channels.account());
    channels.add(Channels.databases("db").collections("col").documents());
    channels.add(Channels.databases("db").collections("col").documents("doc"));
    channels.add(Channels.files());
    channels.add(Channels.files("f1"));
    channels.add(Channels.functions("fn"));
    channels.add(Channels.executions());
    channels.add(Channels.executions("e1"));
    channels.add(Channels.teams());
    channels.add(Channels.teams("t1"));
    channels.add(Channels.memberships());
    channels.add(Channels.memberships("m1"));
    return channels;
  }

  public static Optional<Channel<?>> parse(String name) {
    return Channels.parse(name);
  }

  public static Channel<FileEnvelope> file(String fileId) {
    return Channels.files(fileId);
  }

  public static Object collections(String databaseId, String collectionId) {
    return Channels.databases(databaseId).collections(collectionId);
  }

  public static String createPattern() {
    return DocumentEnvelope.Event.DATABASES_COLLECTIONS_DOCUMENTS_CREATE.pattern();
  }

  public static boolean createMatches(String eventName) {
    return DocumentEnvelope.Event.DATABASES_COLLECTIONS_DOCUMENTS_CREATE.matches(eventName);
  }

  public static boolean userNameUpdateMatches(String eventName) {
    return AccountEnvelope.Event.USERS_UPDATE_NAME.matches(eventName);
  }

  public static String sessionCreateConstant() {
    return AccountEnvelope.Event.USERS_SESSIONS_CREATE.name();
  }

  public static Set<DocumentEnvelope.Event> eventTypes(DocumentEnvelope envelope) {
    return envelope.eventTypes();
  }

  public static Envelope asEnvelope(DocumentEnvelope envelope) {
    Envelope e = envelope;
    return e;
  }

  public static String completedWireValue() {
    return Execution.Status.COMPLETED.value() + "," + Execution.Trigger.HTTP.value();
  }

  /** An exhaustive switch over the known values of an open enum, as a user writes it. */
  public static String describe(Execution.Status status) {
    return switch (status.known()) {
      case WAITING, PROCESSING -> "running";
      case COMPLETED -> "done";
      case FAILED -> "failed";
      case UNKNOWN -> "not in the spec: " + status.value();
    };
  }

  public static boolean isCompleted(Execution.Status status) {
    return status == Execution.Status.COMPLETED;
  }
}
