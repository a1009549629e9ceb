package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key written twice in one mapping is an error naming both places. */
class DuplicateKeyTest {
  private static final String DIR = Specs.DIR + "/duplicate-keys/";

  @Test
  void duplicateKeyNamesTheSecondAndTheFirstPosition() {
    SpecException e = Specs.readFailing(Specs.spec("duplicate-keys/one.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "one.yaml:8:5: error: duplicate key 'description' (first defined at " + DIR + "one.yaml:7:5)");
  }

  @Test
  void everyDuplicateIsReportedInOneExceptionSortedByPosition() {
    SpecException e = Specs.readFailing(Specs.spec("duplicate-keys/several.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "several.yaml:5:3: error: duplicate key 'title' (first defined at " + DIR + "several.yaml:3:3)",
        DIR + "several.yaml:9:3: error: duplicate key 'users' (first defined at " + DIR + "several.yaml:7:3)",
        DIR + "several.yaml:15:7: error: duplicate key 'type' (first defined at " + DIR + "several.yaml:14:7)");
  }

  @Test
  void duplicateKeyInAJsonObjectIsReported(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("dup.json"),
        "{\"asyncapi\": \"2.6.0\",\n \"info\": {\"title\": \"t\", \"version\": \"1\", \"title\": \"u\"},\n"
            + " \"channels\": {}}\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "dup.json:2:41: error: duplicate key 'title' (first defined at dup.json:2:11)");
  }

  @Test
  void sameKeyInDifferentMappingsIsNoDuplicate(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("ok.yaml"), Specs.HEADER + """
        channels:
          a:
            description: one
          b:
            description: two
        """);

    assertThat(Specs.read(spec).api().channels()).hasSize(2);
  }

  /** 3.x ids are keys: two operations or two channel messages of one id are duplicate keys. */
  @Test
  void duplicateIdsInAnAsyncApi3DocumentAreReported(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("ids.yaml"), SpecShape.V3.header() + """
        channels:
          c:
            address: c
            messages:
              m: {payload: {type: string}}
              m: {payload: {type: integer}}
        operations:
          o: {action: send, channel: {$ref: '#/channels/c'}}
          o: {action: receive, channel: {$ref: '#/channels/c'}}
        """);

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "ids.yaml:10:7: error: duplicate key 'm' (first defined at ids.yaml:9:7)",
        "ids.yaml:13:3: error: duplicate key 'o' (first defined at ids.yaml:12:3)");
  }
}
