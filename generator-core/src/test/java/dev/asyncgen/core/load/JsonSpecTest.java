package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.model.AsyncApi;
import org.junit.jupiter.api.Test;

/** JSON is read by the same loader; a tab-indented JSON file gives the same model as its YAML twin. */
class JsonSpecTest {
  private final AsyncApi fromYaml = Specs.read(Specs.spec("json/spec.yaml")).api();
  private final AsyncApi fromJson = Specs.read(Specs.spec("json/spec.json")).api();

  @Test
  void jsonAndYamlGiveTheSameModelApartFromPositions() {
    assertThat(withoutPositions(fromJson)).isEqualTo(withoutPositions(fromYaml));
  }

  @Test
  void jsonModelIsTheExpectedOne() {
    assertThat(fromJson.channels()).singleElement().satisfies(channel -> {
      assertThat(channel.id()).isEqualTo("users.{userId}");
      assertThat(channel.parameters()).containsOnlyKeys("userId");
      assertThat(channel.operations().get(0).id()).isEqualTo("onUser");
    });
    assertThat(fromJson.schemas()).containsOnlyKeys("User");
    assertThat(fromJson.messages()).containsOnlyKeys("UserChanged");
  }

  @Test
  void jsonPositionsCountATabAsOneColumn() {
    // Line 9 is two tabs then "users.{userId}".
    assertThat(fromJson.channels().get(0).position().toString())
        .isEqualTo(Specs.DIR + "/json/spec.json:9:3");
  }

  /** The model's text with every {@code file:line:col} and file name replaced by a marker. */
  private static String withoutPositions(AsyncApi api) {
    return api.toString().replaceAll("\\Q" + Specs.DIR + "\\E/json/spec\\.(yaml|json)(:\\d+:\\d+)?", "<spec>");
  }
}
