package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code {param}} in a channel name (2.x) or address (3.x) of a channel without a
 * {@code parameters} object, which the official parser accepts: a string parameter, with a warning.
 */
class UndeclaredParameterTest {
  private static final String PACKAGE = "com.example.undeclared";

  @ParameterizedTest
  @CsvSource({
      "no-parameters-object.yaml, 6:3, channel 'users.{userId}' uses parameter {userId} but has no 'parameters';"
          + " it is read as a string parameter",
      "no-parameters-object-v3.yaml, 7:14, the address of channel 'user' uses {userId} but the channel has no"
          + " 'parameters'; it is read as a string parameter"})
  void isAStringParameterOfTheBuilderWithAWarning(String file, String position, String warning) throws Throwable {
    SourceGenerator.Sources sources = SourceGenerator.generate(
        ReadRequest.of(Path.of("src/test/resources/specs/parameters", file)).withDisplayPath(file),
        GenerationOptions.forPackage(PACKAGE));

    assertThat(sources.warnings()).extracting(Diagnostic::toString)
        .containsExactly(file + ":" + position + ": warning: " + warning);
    ClassLoader loader = GeneratedCode.compile(sources.files());
    Object channel = call(loader, PACKAGE + ".Channels", "users", "42");
    assertEquals("users.42", get(channel, "name"));
    assertEquals(Map.of("userId", "42"), get(channel, "parameters"));
  }
}
