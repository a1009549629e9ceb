package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model options on the command line: bad values are usage errors, a spec-related mistake a positioned one. */
class ModelOptionsCommandTest {
  private static final String APPWRITE = "../specs/appwrite-realtime.yaml";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--schema-mapping=Account=com.example.1Account | Invalid value for option '--schema-mapping' (NAME=CLASS):"
          + " 'com.example.1Account' is not a fully qualified Java class name: '1Account' is not a Java identifier",
      "--schema-mapping=Account=Account | Invalid value for option '--schema-mapping' (NAME=CLASS): 'Account' is"
          + " not a fully qualified Java class name (such as com.example.Account): a class without a package cannot"
          + " be used from generated code",
      "--type-mapping=datetime=java.time.Instant | Invalid value for option '--type-mapping' (KEY=CLASS): 'datetime'"
          + " is not a JSON Schema type or format asyncgen maps; known keys: string, integer, number, boolean,"
          + " date-time, date, time, duration, uuid, uri, uri-reference, email, hostname, ipv4, ipv6, byte, binary,"
          + " password, int32, int64, float, double",
      "--model-name-prefix=9 | Invalid value for option '--model-name-prefix': '9' cannot start a Java type name",
      "--model-name-suffix=.Dto | Invalid value for option '--model-name-suffix': '.Dto' cannot be part of a Java"
          + " type name (as its suffix): '.' is not allowed in one",
      "--model-annotation=@A(1) class X {} | Invalid value for option '--model-annotation' (ANNOTATION): '@A(1) class X {}' is"
          + " not a Java annotation: expected the end of the annotation at column 7, found 'class'"})
  void aBadValueIsAUsageError(String option, String firstLine, @TempDir Path dir) {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", APPWRITE, option, "-o", out.toString(), "-p", "io.appwrite.realtime");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals(firstLine, run.err().lines().findFirst().orElse(""), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aMappingNamingNoSchemaIsASpecErrorNamingTheCloseOnes(@TempDir Path dir) {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", APPWRITE, "--schema-mapping", "acount=com.example.Account", "-o",
        out.toString(), "-p", "io.appwrite.realtime");

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("../specs/appwrite-realtime.yaml:1:1: error: the schema mapping acount=com.example.Account names"
        + " no schema of this document; did you mean Account?", run.err().lines().findFirst().orElse(""));
    assertFalse(Files.exists(out));
  }

  @Test
  void theOptionsShapeTheGeneratedModel(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", APPWRITE, "-o", out.toString(), "-p", "io.appwrite.realtime",
        "--model-name-prefix", "Aw", "--model-annotation", "@com.example.Marker", "--type-mapping",
        "string=java.lang.CharSequence", "--channel-names", "id");

    assertEquals(0, run.exitCode(), run.err());
    Path packageDir = out.resolve("io/appwrite/realtime");
    assertTrue(Files.exists(packageDir.resolve("Channels.java")));
    try (var files = Files.list(packageDir)) {
      String names = files.map(path -> path.getFileName().toString()).sorted().toList().toString();
      assertTrue(names.contains("AwAccount.java"), names);
    }
    String account = Files.readString(packageDir.resolve("AwAccount.java"));
    assertTrue(account.contains("@Marker"), account);
    assertTrue(account.contains("CharSequence"), account);
  }
}
