package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated Appwrite channel builder, parse and event patterns, exercised through compiled code. */
class AppwriteChannelApiTest {
  private static final String USAGE = "io.appwrite.realtime.AppwriteUsage";
  private static ClassLoader loader;

  @BeforeAll
  static void compileGeneratedCode() {
    loader = GeneratedCode.compile(GeneratedCode.appwrite().files(), "probes/io/appwrite/realtime/AppwriteUsage.java");
  }

  private static Object usage(String method, Object... arguments) throws Throwable {
    return call(loader, USAGE, method, arguments);
  }

  @Test
  void builderNamesTheChannelFromItsSteps() throws Throwable {
    assertEquals("databases.main.collections.posts.documents", usage("documentsName"));
    assertEquals("databases.main.collections.posts.documents.p1", usage("documentName"));
  }

  @Test
  void builderKeepsParametersInNameOrder() throws Throwable {
    Map<?, ?> parameters = (Map<?, ?>) usage("documentsParameters");
    assertEquals(List.of("databaseId", "collectionId"), List.copyOf(parameters.keySet()));
    assertEquals(Map.of("databaseId", "main", "collectionId", "posts"), parameters);
  }

  @Test
  void channelsCarryThePayloadTypeOfTheirMessages() throws Throwable {
    assertEquals("io.appwrite.realtime.DocumentEnvelope", ((Class<?>) usage("documentsPayloadType")).getName());
    assertEquals("io.appwrite.realtime.ExecutionEnvelope", ((Class<?>) usage("functionPayloadType")).getName());
  }

  @Test
  void everyBuiltChannelParsesBackToAnEqualOne() throws Throwable {
    List<?> channels = (List<?>) usage("everyChannel");
    assertEquals(12, channels.size());
    for (Object channel : channels) {
      String name = (String) get(channel, "name");
      assertEquals(Optional.of(channel), usage("parse", name), name);
    }
  }

  @Test
  void parseExtractsParameters() throws Throwable {
    Object channel = ((Optional<?>) usage("parse", "databases.d1.collections.c1.documents.x9")).orElseThrow();
    assertEquals(Map.of("databaseId", "d1", "collectionId", "c1", "documentId", "x9"), get(channel, "parameters"));
    assertEquals("io.appwrite.realtime.DocumentEnvelope", ((Class<?>) get(channel, "payloadType")).getName());
  }

  @ParameterizedTest
  @CsvSource({"databases.d1.collections.c1", "files.a.b", "accounts", "files.", "'files'x", "''", "teams.t1.memberships"})
  void parseRejectsNamesOfNoChannel(String name) throws Throwable {
    assertEquals(Optional.empty(), usage("parse", name));
  }

  @Test
  void literalChannelWinsOverAParameterisedOne() throws Throwable {
    Object files = ((Optional<?>) usage("parse", "files")).orElseThrow();
    assertEquals(Map.of(), get(files, "parameters"));
  }

  @ParameterizedTest
  @CsvSource({"a.b", "''", "."})
  void parameterValuesMayNotBeEmptyOrHoldTheSeparator(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> usage("file", value));
    assertEquals("channel parameter fileId must not be empty or contain '.': '" + value + "'", e.getMessage());
  }

  @Test
  void intermediateStepsCheckTheirParametersToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> usage("collections", "main", "a.b"));
    assertTrue(e.getMessage().contains("collectionId"), e.getMessage());
  }

  @Test
  void nullParameterIsRefused() {
    assertThrows(NullPointerException.class, () -> usage("file", (Object) null));
  }

  @Test
  void eventPatternsMatchConcreteNamesSegmentBySegment() throws Throwable {
    assertEquals("databases.*.collections.*.documents.*.create", usage("createPattern"));
    assertTrue((Boolean) usage("createMatches", "databases.d.collections.c.documents.x.create"));
    assertTrue((Boolean) usage("createMatches", "databases.*.collections.*.documents.*.create"));
    assertFalse((Boolean) usage("createMatches", "databases.d.collections.c.documents.create"));
    assertFalse((Boolean) usage("createMatches", "databases.d.collections.c.documents.x.create.more"));
    assertFalse((Boolean) usage("createMatches", "databases.d.collections.c.documents..create"));
    assertFalse((Boolean) usage("createMatches", "databases.d.collections.c.documents.x.update"));
    assertTrue((Boolean) usage("userNameUpdateMatches", "users.42.update.name"));
    assertFalse((Boolean) usage("userNameUpdateMatches", "users.42.update"));
    assertFalse((Boolean) usage("userNameUpdateMatches", "users.*"));
  }

  @Test
  void patternConstantsAreNamedAfterTheirLiteralSegments() throws Throwable {
    assertEquals("USERS_SESSIONS_CREATE", usage("sessionCreateConstant"));
  }

  @Test
  void inlineEnumsKeepTheirWireValues() throws Throwable {
    assertEquals("completed,http", usage("completedWireValue"));
  }
}
