package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AsyncAPI 2.0.0 to 2.6.x, 3.0.x and 3.1.x documents are read; others are refused naming the version. */
class VersionCheckTest {
  private static final String DIR = Specs.DIR + "/versions/";
  private static final String SUPPORTED =
      "asyncgen reads AsyncAPI 2.0.0 to 2.6.x, 3.0.x and 3.1.x";

  @Test
  void asyncApi3IsRead() {
    assertThat(Specs.read(Specs.spec("versions/asyncapi-3.yaml")).api().channel("users").orElseThrow().address())
        .isPresent();
  }

  @Test
  void asyncApi1IsRefusedNamingTheVersionFound() {
    SpecException e = Specs.readFailing(Specs.spec("versions/asyncapi-1.2.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "asyncapi-1.2.yaml:1:11: error: AsyncAPI version '1.2.0' is not supported: " + SUPPORTED);
  }

  @Test
  void missingVersionFieldIsAnError() {
    SpecException e = Specs.readFailing(Specs.spec("versions/missing-version.yaml"));

    assertThat(Specs.messages(e)).containsExactly(DIR + "missing-version.yaml:1:1: error: "
        + "not an AsyncAPI document: the 'asyncapi' version field is missing");
  }

  @Test
  void openApiDocumentGetsAHint(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("openapi.yaml"), "openapi: 3.1.0\ninfo:\n  title: t\n  version: 1\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly("openapi.yaml:1:1: error: not an AsyncAPI document: "
        + "the 'asyncapi' version field is missing (this looks like an OpenAPI document)");
  }

  @Test
  void unquotedTwoPointSixIsANumberAndNotAVersion(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("short.yaml"), "asyncapi: 2.6\ninfo:\n  title: t\n  version: 1\nchannels: {}\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "short.yaml:1:11: error: AsyncAPI version '2.6' is not supported: " + SUPPORTED);
  }

  @Test
  void everyTwoPointXVersionIsRead(@TempDir Path dir) {
    for (String version : new String[] {"2.0.0", "2.3.0", "2.6.0"}) {
      Path spec = Specs.write(dir.resolve("v.yaml"), "asyncapi: " + version + "\ninfo:\n  title: t\n  version: '1'\n"
          + "channels: {}\n");

      assertThat(Specs.read(spec).api().asyncapiVersion()).isEqualTo(version);
    }
  }
}
