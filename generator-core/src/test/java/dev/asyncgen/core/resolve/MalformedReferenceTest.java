package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References that are not valid URIs or JSON pointers, or name no local file, end in one error at
 * the {@code $ref} (line 10, column 17 of the spec below), never in an exception.
 */
class MalformedReferenceTest {
  @TempDir Path dir;

  @BeforeEach
  void writeTheReferencedFile() {
    Specs.write(dir.resolve("other.yaml"), "X:\n  type: string\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      file:other.yaml    | is not a valid file URI: it needs a path from the root, as in file:///specs/common.yaml; \
      for a file next to this one write a relative path, such as 'common.yaml'
      file://host/x.yaml | names the host 'host': asyncgen reads only local files (file:///path, or a relative path)
      other.yaml#%zz     | is not a valid reference: '%zz' is not a percent-escape: '%' must be followed by two hex \
      digits (write %25 for '%' itself)
      other.yaml#/X%     | is not a valid reference: '%' is not a percent-escape: '%' must be followed by two hex \
      digits (write %25 for '%' itself)
      %zz.yaml#/X        | is not a valid reference: '%zz' is not a percent-escape: '%' must be followed by two hex \
      digits (write %25 for '%' itself)
      other.yaml#/%C3%28 | is not a valid reference: the percent-escapes '%C3%28' are not UTF-8
      other.yaml#/X/~2   | is not a valid reference: in a JSON pointer '~' must be followed by 0 or 1 (~0 stands for \
      '~', ~1 for '/')
      other.yaml#/X~     | is not a valid reference: in a JSON pointer '~' must be followed by 0 or 1 (~0 stands for \
      '~', ~1 for '/')
      "#"                | points at the whole AsyncAPI document; point into it, such as '#/components/schemas/Name'
      root.yaml          | points at the whole AsyncAPI document; point into it, such as '#/components/schemas/Name'
      ""                 | points at the whole AsyncAPI document; point into it, such as '#/components/schemas/Name'
      """)
  void malformedReferenceIsAPositionedError(String ref, String problem) {
    for (SpecShape shape : SpecShape.values()) {
      SpecException e = Specs.readFailing(rootReferring(shape, ref));

      assertThat(Specs.messages(e)).as("in %s", shape)
          .containsExactly("root.yaml:10:17: error: $ref '" + ref + "' " + problem);
    }
  }

  @EachVersion
  void queryInAFileUriInsideTheFolderIsAnError(SpecShape shape) {
    String ref = dir.resolve("other.yaml").toUri() + "?a=b#/X";

    SpecException e = Specs.readFailing(rootReferring(shape, ref));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: $ref '" + ref + "' is not a valid file URI: URI has a query component");
  }

  @EachVersion
  void localhostFileUriNamesALocalFile(SpecShape shape) {
    String ref = "file://localhost" + dir.toAbsolutePath().toUri().getRawPath() + "other.yaml#/X";

    assertThat(Specs.read(rootReferring(shape, ref)).api().schemas()).containsOnlyKeys("X");
  }

  @EachVersion
  void percentEscapesSpellTheFileName(SpecShape shape) {
    Specs.write(dir.resolve("other file+.yaml"), "X:\n  type: string\n");

    assertThat(Specs.read(rootReferring(shape, "other%20file+.yaml#/X")).api().schemas()).containsOnlyKeys("X");
  }

  @Test
  void emptyChannelNameIsAPositionedError() {
    Path spec = Specs.write(dir.resolve("root.yaml"), Specs.HEADER + """
        channels:
          '':
            subscribe:
              message:
                payload: {type: string}
        """);

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:6:3: error: a channel name cannot be empty: it is the channel's address, such as 'user/signedup'");
  }

  private Path rootReferring(SpecShape shape, String ref) {
    return Specs.rootReferring(shape, dir, ref);
  }
}
