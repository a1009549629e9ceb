package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --schema-mapping}: a mapped schema is not generated, and every use of it refers to the user's class. */
class SchemaMappingTest {
  private static final String PACKAGE = "com.example.shop";
  private static final ModelOptions MONEY = ModelOptions.DEFAULTS.withSchemaMappings(
      Map.of("Money", "com.example.shared.Money"));

  @TempDir
  Path dir;

  @Test
  void aMappedSchemaIsNotGeneratedAndEveryUseIsTheUsersClass() throws IOException {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, MONEY);
    ModelOptionsGolden.assertMatchesGolden("schema-mapping", files);
    ModelOptionsGolden.compileWithUserCode(files);

    assertThat(files).doesNotContainKey("com/example/shop/Money.java");
    String account = files.get("com/example/shop/Account.java");
    assertThat(account).contains("import com.example.shared.Money;")
        .contains("Money balance").contains("List<Money> history").contains("Map<String, Money> byCurrency");
    assertThat(files.get("com/example/shop/Channels.java")).contains("Channel<Money> prices()");
  }

  @Test
  void aMappedClassNamedLikeAGeneratedTypeIsWrittenFullyQualified() throws IOException {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Money", "com.example.shared.Account")));
    ModelOptionsGolden.assertMatchesGolden("schema-mapping-clash", files);
    ModelOptionsGolden.compileWithUserCode(files);

    assertThat(files.get("com/example/shop/Account.java")).contains("com.example.shared.Account balance");
  }

  @Test
  void decodesIntoTheUsersClass() throws Exception {
    ClassLoader loader = ModelOptionsGolden.compileWithUserCode(
        ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, MONEY));
    Object account = new ObjectMapper().findAndRegisterModules().readValue(
        "{\"id\": \"0b7a7c5e-2d4f-4b1c-9a35-7d7c4c0f1e2a\", \"balance\": {\"amount\": 12.50, \"currency\": \"EUR\"}}",
        loader.loadClass(PACKAGE + ".Account"));
    Object balance = GeneratedCode.get(account, "balance");
    assertThat(balance.getClass().getName()).isEqualTo("com.example.shared.Money");
    assertThat(GeneratedCode.get(balance, "amount")).hasToString("12.50");
  }

  @Test
  void aMappedParentOfAnAllOfIsAnErrorAtTheReference() {
    assertThatThrownBy(() -> ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Party", "com.example.shared.Party"))))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("shop.yaml:149:11:")
        .hasMessageContaining("error: allOf extends schema 'Party', which is mapped to com.example.shared.Party:"
            + " a generated type cannot extend a class asyncgen does not generate");
  }

  @Test
  void mappingTheSchemasThatExtendAMappedParentToo() {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(
            Map.of("Party", "com.example.shared.Party", "Customer", "com.example.shared.Customer")));
    assertThat(files).doesNotContainKeys("com/example/shop/Party.java", "com/example/shop/Customer.java");
  }

  @Test
  void aMappingOfAMappedSchemasOnlyChildLeavesTheParentARecord() {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Customer", "com.example.shared.Customer")));
    assertThat(files.get("com/example/shop/Party.java")).contains("public record Party(");
  }

  @Test
  void aMappingThatNamesNoSchemaIsAnErrorNamingTheCloseOnes() {
    assertThatThrownBy(() -> ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(Map.of("money", "com.example.shared.Money"))))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("shop.yaml:1:1: error: the schema mapping money=com.example.shared.Money names no"
            + " schema of this document; did you mean Money?");
  }

  @Test
  void aMappedUnionAndItsAlternativesAreNotGenerated() {
    String document = """
        asyncapi: 2.6.0
        info: {title: T, version: '1'}
        channels:
          pets:
            subscribe:
              message:
                payload: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            Cat: {type: object, properties: {purrs: {type: boolean}}}
            Dog: {type: object, properties: {barks: {type: boolean}}}
        """;
    Map<String, String> files = ModelOptionsGolden.generate(Specs.write(dir.resolve("pets.yaml"), document),
        "com.example.pets", ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Pet", "com.example.shared.Money")));
    assertThat(files).doesNotContainKey("com/example/pets/Pet.java");
    assertThat(files.get("com/example/pets/Cat.java")).doesNotContain("implements");
    assertThat(files.get("com/example/pets/Channels.java")).contains("Channel<Money> pets()");
  }

  @Test
  void aMappedClassInTheGeneratedPackageKeepsItsNameAndTheSchemaNamedSoYieldsIt() {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Money", PACKAGE + ".Card")));
    assertThat(files).doesNotContainKey("com/example/shop/Card.java").containsKey("com/example/shop/Card2.java");
    assertThat(files.get("com/example/shop/Account.java")).contains("Card balance");
  }
}
