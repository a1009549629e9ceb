package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref: 'common/schemas.yaml#/Thing'}, used from two places. */
@Timeout(30)
class RelativeFileReferenceTest {
  private static final String DIR = Specs.DIR + "/relative-ref/";

  private final AsyncApi api = Specs.read(Specs.spec("relative-ref/root.yaml")).api();

  @Test
  void referencedFileIsReadOnceAndListedWithARelativeDisplayPath() {
    assertThat(api.files()).extracting(SourceFile::displayPath)
        .containsExactly(DIR + "root.yaml", DIR + "common/schemas.yaml");
  }

  @Test
  void referencedFileUriIsAbsoluteWhileItsDisplayPathIsNot() {
    SourceFile common = api.files().get(1);

    assertThat(common.uri().getScheme()).isEqualTo("file");
    assertThat(Path.of(common.uri())).isAbsolute().endsWith(Path.of("relative-ref", "common", "schemas.yaml"));
  }

  @Test
  void bothReferencesNameOneSchemaCalledThing() {
    assertThat(api.schemas()).containsOnlyKeys("Thing");
    NamedSchema thing = api.schema("Thing").orElseThrow();
    assertThat(thing.location()).isEqualTo(DIR + "common/schemas.yaml#/Thing");
    assertThat(thing.position().toString()).isEqualTo(DIR + "common/schemas.yaml:2:3");
    assertThat(((ObjectSchema) thing.schema()).required()).containsExactly("id");
  }

  @Test
  void bothUsesAreReferencesToThing() {
    Schema direct = api.channel("things").orElseThrow().operations().get(0).messages().get(0).payload();
    ObjectSchema wrapper = (ObjectSchema) api.channel("more-things").orElseThrow().operations().get(0)
        .messages().get(0).payload();

    assertThat(direct).isInstanceOfSatisfying(ReferenceSchema.class, r -> assertThat(r.name()).isEqualTo("Thing"));
    assertThat(wrapper.property("thing").orElseThrow().schema())
        .isInstanceOfSatisfying(ReferenceSchema.class, r -> assertThat(r.name()).isEqualTo("Thing"));
  }

  @Test
  void specGivenByFileNameAloneShowsReferencedFilesRelativeToItsFolder(@TempDir Path dir) {
    Specs.write(dir.resolve("root.yaml"), Specs.HEADER + """
        channels:
          things:
            subscribe:
              message:
                payload:
                  $ref: 'common/schemas.yaml#/Thing'
        """);
    Specs.write(dir.resolve("common/schemas.yaml"), "Thing:\n  type: string\n");

    AsyncApi fromTemp = Specs.read(dir.resolve("root.yaml")).api();

    // An absolute path outside the working directory shows only its file name.
    assertThat(fromTemp.files()).extracting(SourceFile::displayPath)
        .containsExactly("root.yaml", "common/schemas.yaml");
  }

  @Test
  void sameSchemaNameInAnotherFileGetsANumberedName(@TempDir Path dir) {
    Specs.write(dir.resolve("root.yaml"), Specs.HEADER + """
        channels:
          things:
            subscribe:
              message:
                payload:
                  $ref: 'common/schemas.yaml#/Thing'
        components:
          schemas:
            Thing:
              type: integer
        """);
    Specs.write(dir.resolve("common/schemas.yaml"), "Thing:\n  type: string\n");

    AsyncApi twoThings = Specs.read(dir.resolve("root.yaml")).api();

    assertThat(twoThings.schemas()).containsOnlyKeys("Thing", "Thing2");
    assertThat(twoThings.schema("Thing2").orElseThrow().location()).isEqualTo("common/schemas.yaml#/Thing");
  }
}
