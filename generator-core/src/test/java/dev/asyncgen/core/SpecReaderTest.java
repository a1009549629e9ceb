package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the root spec file itself, before any YAML is read. */
class SpecReaderTest {
  @Test
  void missingSpecIsAnErrorWithoutAPosition() {
    SpecException e = Specs.readFailing(Specs.spec("no-such-spec.yaml"));

    assertThat(e.diagnostics()).singleElement().satisfies(d -> assertThat(d.position()).isNull());
    assertThat(Specs.messages(e)).containsExactly("error: " + Specs.DIR + "/no-such-spec.yaml does not exist");
  }

  @Test
  void directoryAsSpecIsAnError() {
    SpecException e = Specs.readFailing(Path.of(Specs.DIR, "versions"));

    assertThat(Specs.messages(e)).containsExactly("error: " + Specs.DIR + "/versions is a directory, not a spec file");
  }

  @Test
  void displayPathIsNormalizedButStaysRelative() {
    var api = Specs.read(Path.of("./" + Specs.DIR + "/../specs/recursive/node.yaml")).api();

    assertThat(api.rootFile().displayPath()).isEqualTo(Specs.DIR + "/recursive/node.yaml");
  }

  @Test
  void absolutePathInsideTheWorkingDirectoryIsShownRelativeToIt() {
    var api = Specs.read(Specs.spec("recursive/node.yaml").toAbsolutePath()).api();

    assertThat(api.rootFile().displayPath()).isEqualTo(Specs.DIR + "/recursive/node.yaml");
  }

  @Test
  void absolutePathOutsideTheWorkingDirectoryShowsOnlyTheFileName(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("outside.yaml"), Specs.HEADER + "channels: {}\n");

    assertThat(Specs.read(spec.toAbsolutePath()).api().rootFile().displayPath()).isEqualTo("outside.yaml");
  }
}
