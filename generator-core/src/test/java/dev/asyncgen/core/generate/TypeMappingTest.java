package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --type-mapping}: a JSON Schema type or format to a Java type; a format's mapping wins over its type's. */
class TypeMappingTest {
  private static final String PACKAGE = "com.example.shop";
  private static final ModelOptions MAPPINGS = ModelOptions.DEFAULTS.withTypeMappings(Map.of(
      "date-time", "java.time.Instant", "integer", "java.math.BigInteger", "int32", "java.lang.Integer",
      "number", "java.math.BigDecimal", "uri", "java.lang.String", "date", "java.lang.String"));

  @Test
  void typesAndFormatsBecomeTheMappedTypes() throws IOException {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, MAPPINGS);
    ModelOptionsGolden.assertMatchesGolden("type-mapping", files);
    ModelOptionsGolden.compileWithUserCode(files);

    String account = files.get("com/example/shop/Account.java");
    assertThat(account).contains("Instant createdAt").contains("String birthday").contains("BigInteger visits")
        .contains("BigDecimal score").contains("String site").contains("UUID id");
    assertThat(files.get("com/example/shop/Item.java")).contains("Integer quantity");
  }

  @Test
  void jacksonDecodesAndWritesTheMappedTypes() throws Exception {
    ClassLoader loader = ModelOptionsGolden.compileWithUserCode(
        ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, MAPPINGS));
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String json = "{\"id\":\"0b7a7c5e-2d4f-4b1c-9a35-7d7c4c0f1e2a\",\"createdAt\":\"2024-05-01T10:15:30Z\","
        + "\"visits\":123456789012345678901234567890,\"score\":0.1}";
    Object account = mapper.readValue(json, loader.loadClass(PACKAGE + ".Account"));
    assertThat(GeneratedCode.get(account, "visits")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(GeneratedCode.get(account, "score")).isEqualTo(new BigDecimal("0.1"));
    assertThat(GeneratedCode.get(account, "createdAt")).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    assertThat(mapper.writeValueAsString(account)).contains("\"createdAt\":\"2024-05-01T10:15:30Z\"")
        .contains("\"visits\":123456789012345678901234567890");
  }

  @Test
  void theDateTimeMappingWinsOverTheDateTimeType() {
    Map<String, String> files = SourceGenerator.generate(ReadRequest.of(ModelOptionsGolden.SHOP),
        GenerationOptions.forPackage(PACKAGE).withDateTimeType(GenerationOptions.DateTimeType.STRING)
            .withModel(ModelOptions.DEFAULTS.withTypeMappings(Map.of("date-time", "java.time.Instant")))).files();
    assertThat(files.get("com/example/shop/Account.java")).contains("Instant createdAt");
  }

  @Test
  void theDateTimeTypeStillAppliesWithoutADateTimeMapping() {
    Map<String, String> files = SourceGenerator.generate(ReadRequest.of(ModelOptionsGolden.SHOP),
        GenerationOptions.forPackage(PACKAGE).withDateTimeType(GenerationOptions.DateTimeType.INSTANT)
            .withModel(ModelOptions.DEFAULTS.withTypeMappings(Map.of("uuid", "java.lang.String")))).files();
    assertThat(files.get("com/example/shop/Account.java")).contains("Instant createdAt").contains("String id");
  }

  @Test
  void aTypesMappingCoversItsFormatsUnlessTheyAreMapped() {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withTypeMappings(Map.of("integer", "java.math.BigInteger")));
    assertThat(files.get("com/example/shop/Item.java")).contains("BigInteger quantity");
  }
}
