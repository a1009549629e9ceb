package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A schema that contains itself is modelled with a reference, never expanded. */
@Timeout(30)
class RecursiveSchemaTest {
  @Test
  void nodeChildrenItemsAreAReferenceBackToNode() {
    AsyncApi api = Specs.read(Specs.spec("recursive/node.yaml")).api();

    ObjectSchema node = (ObjectSchema) api.schema("Node").orElseThrow().schema();
    assertThat(node.properties()).extracting(Property::name).containsExactly("name", "children");
    Schema children = node.property("children").orElseThrow().schema();
    assertThat(children).isInstanceOfSatisfying(ArraySchema.class, array ->
        assertThat(array.items()).isInstanceOfSatisfying(ReferenceSchema.class,
            ref -> assertThat(ref.name()).isEqualTo("Node")));
  }

  @Test
  void recursiveSchemaIsBuiltOnceAndTheMessagePayloadRefersToIt() {
    AsyncApi api = Specs.read(Specs.spec("recursive/node.yaml")).api();

    assertThat(api.schemas()).containsOnlyKeys("Node");
    Schema payload = api.channel("nodes").orElseThrow().operations().get(0).messages().get(0).payload();
    assertThat(payload).isInstanceOfSatisfying(ReferenceSchema.class, ref -> assertThat(ref.name()).isEqualTo("Node"));
  }

  @Test
  void recursionInsideAnotherFileResolvesToOneNamedSchema() {
    AsyncApi api = Specs.read(Specs.spec("recursive-external/a.yaml")).api();

    assertThat(api.schemas()).containsOnlyKeys("Tree");
    NamedSchema tree = api.schema("Tree").orElseThrow();
    assertThat(tree.location()).isEqualTo(Specs.DIR + "/recursive-external/common/tree.yaml#/Tree");
    ArraySchema branches = (ArraySchema) ((ObjectSchema) tree.schema()).property("branches").orElseThrow().schema();
    assertThat(branches.items()).isInstanceOfSatisfying(ReferenceSchema.class,
        ref -> assertThat(ref.name()).isEqualTo("Tree"));
  }

  @Test
  void recursionInsideAnotherFileReadsThatFileOnce() {
    AsyncApi api = Specs.read(Specs.spec("recursive-external/a.yaml")).api();

    assertThat(api.files()).extracting(f -> f.displayPath()).containsExactly(
        Specs.DIR + "/recursive-external/a.yaml",
        Specs.DIR + "/recursive-external/common/tree.yaml");
  }
}
