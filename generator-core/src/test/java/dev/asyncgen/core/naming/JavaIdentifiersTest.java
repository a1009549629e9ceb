package dev.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncgen.core.generate.GeneratedSources;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaIdentifiersTest {
  @ParameterizedTest
  @CsvSource({
      "$createdAt, createdAt",
      "$id, id",
      "user-signedup, userSignedup",
      "HTTPStatus, httpStatus",
      "URL, url",
      "mimeType, mimeType",
      "x-correlation-id, xCorrelationId",
      "snake_case_name, snakeCaseName",
      "1st, _1st",
      "café, café",
      "a\uD800\uDC00b, aB",
      "\uD800\uDC00, ''",
      "'', ''"})
  void camelCase(String name, String expected) {
    assertEquals(expected, JavaIdentifiers.camelCase(name));
  }

  @ParameterizedTest
  @CsvSource({"databases, Databases", "execution_status, ExecutionStatus", "AccountEnvelope, AccountEnvelope"})
  void pascalCase(String name, String expected) {
    assertEquals(expected, JavaIdentifiers.pascalCase(name));
  }

  @ParameterizedTest
  @CsvSource({
      "users.*.sessions.*.create, USERS_SESSIONS_CREATE",
      "inProgress, IN_PROGRESS",
      "foot-candle, FOOT_CANDLE",
      "HTTPError, HTTP_ERROR",
      "1st, _1ST"})
  void upperSnake(String name, String expected) {
    String input = name.contains("*") ? String.join(".", new dev.asyncgen.core.model.EventPattern(name).literalSegments())
        : name;
    assertEquals(expected, JavaIdentifiers.upperSnake(input));
  }

  @ParameterizedTest
  @CsvSource({"events, event", "entries, entry", "statuses, status", "status, status", "boxes, box", "class, class"})
  void singular(String name, String expected) {
    assertEquals(expected, JavaIdentifiers.singular(name));
  }

  /** Accepted, and rightly: javac compiles a class in each (restricted identifiers are fine here). */
  @ParameterizedTest
  @ValueSource(strings = {"io.appwrite.realtime", "a", "record.var", "com.example.to", "yield.permits.sealed"})
  void validPackages(String name) {
    assertDoesNotThrow(() -> PackageNames.check(name));
    GeneratedSources.assertCompiles(Map.of(name.replace('.', '/') + "/Probe.java",
        "package " + name + ";\n\npublic final class Probe {}\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../evil|'../evil' is not a Java package name: it has an empty segment",
      "class|'class' is not a Java package name: 'class' is a Java keyword",
      "1abc|'1abc' is not a Java package name: '1abc' is not a Java identifier",
      "io.my-app|'io.my-app' is not a Java package name: 'my-app' is not a Java identifier"})
  void invalidPackages(String name, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PackageNames.check(name)).getMessage());
  }
}
