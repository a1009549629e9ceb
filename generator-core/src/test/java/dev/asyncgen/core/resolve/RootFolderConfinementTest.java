package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** File references may only name files inside the root spec's folder; nothing outside is read. */
@Timeout(30)
class RootFolderConfinementTest {
  private static final String SECRET = "TOP-SECRET-CONTENT";
  private static final String OUTSIDE_MESSAGE =
      "points outside the folder of the root spec; refs may only name files inside it";

  @TempDir Path temp;
  private Path specDir;

  @BeforeEach
  void writeAFileOutsideTheSpecFolder() {
    specDir = temp.resolve("spec");
    Specs.write(temp.resolve("outside.yaml"), "X:\n  type: string\n  description: " + SECRET + "\n");
  }

  @EachVersion
  void parentFolderReferenceIsRefusedWithoutReadingTheFile(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, "../outside.yaml#/X"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: $ref '../outside.yaml#/X' " + OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  /** Four {@code ..} climb out of {@code <temp>/spec/}, to {@code /etc/passwd} when the temp folder is /tmp. */
  @EachVersion
  void parentTraversalToEtcPasswdIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, "../../../../etc/passwd"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: $ref '../../../../etc/passwd' " + OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @EachVersion
  void absolutePathIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, temp.resolve("outside.yaml").toString() + "#/X"));

    assertThat(Specs.messages(e)).singleElement().asString().endsWith(OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @EachVersion
  void fileUriIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, temp.resolve("outside.yaml").toUri() + "#/X"));

    assertThat(Specs.messages(e)).singleElement().asString().endsWith(OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @EachVersion
  void percentEncodedTraversalIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, "%2e%2e/outside.yaml#/X"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: $ref '%2e%2e/outside.yaml#/X' " + OUTSIDE_MESSAGE);
  }

  @EachVersion
  void symbolicLinkLeadingOutsideIsRefused(SpecShape shape) throws IOException {
    Files.createDirectories(specDir);
    Files.createSymbolicLink(specDir.resolve("link.yaml"), temp.resolve("outside.yaml"));

    SpecException e = Specs.readFailing(rootReferring(shape, "link.yaml#/X"));

    assertThat(Specs.messages(e)).containsExactly("root.yaml:10:17: error: $ref 'link.yaml#/X' " + OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @EachVersion
  void nestedFileMayReferToASiblingOfTheRootSpec(SpecShape shape) {
    Specs.write(specDir.resolve("common/a.yaml"), "A:\n  $ref: '../shared.yaml#/B'\n");
    Specs.write(specDir.resolve("shared.yaml"), "B:\n  type: boolean\n");

    var api = Specs.read(rootReferring(shape, "common/a.yaml#/A")).api();

    assertThat(api.schemas()).containsOnlyKeys("A", "B");
    assertThat(api.files()).extracting(f -> f.displayPath())
        .containsExactly("root.yaml", "common/a.yaml", "shared.yaml");
  }

  @EachVersion
  void nestedFileMayNotClimbAboveTheRootSpecFolder(SpecShape shape) {
    Specs.write(specDir.resolve("common/a.yaml"), "A:\n  $ref: '../../outside.yaml#/X'\n");

    SpecException e = Specs.readFailing(rootReferring(shape, "common/a.yaml#/A"));

    assertThat(Specs.messages(e)).containsExactly(
        "common/a.yaml:2:9: error: $ref '../../outside.yaml#/X' " + OUTSIDE_MESSAGE);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  private Path rootReferring(SpecShape shape, String ref) {
    return Specs.rootReferring(shape, specDir, ref);
  }
}
