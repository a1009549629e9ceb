package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.StringSchema;
import org.junit.jupiter.api.Test;

/** RFC 6901: {@code ~1} stands for {@code /} and {@code ~0} for {@code ~}, decoded in that order. */
class JsonPointerTest {
  @Test
  void tildeOneInARefNamesAKeyWithASlash() {
    AsyncApi api = Specs.read(Specs.spec("pointer-escapes/escapes.yaml")).api();

    ObjectSchema payload = (ObjectSchema) api.channel("things").orElseThrow().operations().get(0)
        .messages().get(0).payload();
    assertThat(payload.property("slash").orElseThrow().schema())
        .isInstanceOfSatisfying(ReferenceSchema.class, r -> assertThat(r.name()).isEqualTo("a/b"));
    assertThat(api.schema("a/b").orElseThrow().schema())
        .isInstanceOfSatisfying(StringSchema.class, s -> assertThat(s.format()).isEqualTo("uuid"));
  }

  @Test
  void tildeZeroInARefNamesAKeyWithATilde() {
    AsyncApi api = Specs.read(Specs.spec("pointer-escapes/escapes.yaml")).api();

    ObjectSchema payload = (ObjectSchema) api.channel("things").orElseThrow().operations().get(0)
        .messages().get(0).payload();
    assertThat(payload.property("tilde").orElseThrow().schema())
        .isInstanceOfSatisfying(ReferenceSchema.class, r -> assertThat(r.name()).isEqualTo("c~d"));
    assertThat(api.schema("c~d").orElseThrow().schema()).isInstanceOf(IntegerSchema.class);
  }

  @Test
  void escapedReferencesNameEachTargetOnce() {
    AsyncApi api = Specs.read(Specs.spec("pointer-escapes/escapes.yaml")).api();

    assertThat(api.schemas()).containsOnlyKeys("a/b", "c~d");
    assertThat(api.schema("a/b").orElseThrow().location())
        .isEqualTo(Specs.DIR + "/pointer-escapes/escapes.yaml#/x-definitions/a~1b");
  }

  @Test
  void tokensAreSplitAtSlashesAndThenUnescaped() {
    assertThat(JsonPointer.tokens("/components/schemas/a~1b")).containsExactly("components", "schemas", "a/b");
    assertThat(JsonPointer.tokens("")).isEmpty();
    assertThat(JsonPointer.tokens("/")).containsExactly("");
  }

  @Test
  void tildeZeroOneUnescapesToTildeOneNotToSlash() {
    assertThat(JsonPointer.unescape("~01")).isEqualTo("~1");
    assertThat(JsonPointer.unescape("a~1b~0c")).isEqualTo("a/b~c");
  }

  @Test
  void escapeIsTheInverseOfUnescape() {
    assertThat(JsonPointer.escape("~1/")).isEqualTo("~01~1");
    assertThat(JsonPointer.unescape(JsonPointer.escape("a/~b~/1"))).isEqualTo("a/~b~/1");
  }
}
