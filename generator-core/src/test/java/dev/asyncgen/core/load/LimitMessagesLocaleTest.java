package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages are English, so their numbers are too, whatever the machine's locale. */
class LimitMessagesLocaleTest {
  private Locale saved;

  @TempDir Path dir;

  @BeforeEach
  void useAGermanLocale() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restoreTheLocale() {
    Locale.setDefault(saved);
  }

  @Test
  void sizeLimitMessageGroupsDigitsWithCommas() {
    Path spec = Specs.write(dir.resolve("big.yaml"), "x".repeat(5_000));
    ReadRequest request = ReadRequest.of(spec).withLimits(LoadLimits.defaults().withMaxBytes(1_024));

    SpecException e = Specs.readFailing(request);

    assertThat(Specs.messages(e)).containsExactly("big.yaml:1:1: error: the file is 5,000 bytes, over the limit of "
        + "1,024 bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
  }

  @Test
  void expandedNodeLimitMessageGroupsDigitsWithCommas() {
    Path spec = Specs.write(dir.resolve("nodes.yaml"), "list: [" + "1, ".repeat(1_500) + "1]\n");
    LoadLimits limits = new LoadLimits(LoadLimits.DEFAULT_MAX_BYTES, 256, 200, 1_000);

    SpecException e = Specs.readFailing(ReadRequest.of(spec).withLimits(limits));

    // The root mapping, the key and the list are 3 nodes: item 998 (column 8 + 997 * 3) is the 1,001st.
    assertThat(Specs.messages(e)).containsExactly("nodes.yaml:1:2999: error: the document expands to more than "
        + "1,000 nodes (aliases are counted at every use)");
  }
}
