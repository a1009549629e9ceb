package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --model-name-prefix} and {@code --model-name-suffix}: every top-level model type is renamed, types nested in
 * one and the channel API are not.
 */
class ModelNamePrefixSuffixTest {
  private static final String PACKAGE = "com.example.shop";
  private static final ModelOptions API_DTO = ModelOptions.DEFAULTS.withModelNamePrefix("Api")
      .withModelNameSuffix("Dto");

  @Test
  void topLevelModelTypesGetThePrefixAndSuffix() throws IOException {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, API_DTO);
    ModelOptionsGolden.assertMatchesGolden("model-name-prefix-suffix", files);
    ModelOptionsGolden.compileWithUserCode(files);

    assertThat(files.keySet()).containsExactlyInAnyOrder(
        "com/example/shop/ApiAccountDto.java", "com/example/shop/ApiMoneyDto.java",
        "com/example/shop/ApiItemDto.java", "com/example/shop/ApiOrderDto.java",
        "com/example/shop/ApiPaymentDto.java", "com/example/shop/ApiUnknownPaymentDto.java",
        "com/example/shop/ApiCardDto.java", "com/example/shop/ApiTransferDto.java",
        "com/example/shop/ApiPartyDto.java", "com/example/shop/ApiCustomerDto.java",
        "com/example/shop/ApiAccountOpenedPayloadDto.java",
        "com/example/shop/Channels.java", "com/example/shop/Channel.java");
    // Nested types are read through their owner: ApiAccountDto.Status.
    assertThat(files.get("com/example/shop/ApiAccountDto.java")).contains("public static final class Status");
    assertThat(files.get("com/example/shop/Channels.java")).contains("Channel<ApiMoneyDto> prices()");
  }

  @Test
  void parameterEnumsAndOperationUnionsAreModelTypesToo() {
    Map<String, String> files = ModelOptionsGolden.generate(
        java.nio.file.Path.of("src/test/resources/generate/unions.yaml"), "com.example.unions",
        ModelOptions.DEFAULTS.withModelNameSuffix("Dto"));
    GeneratedCode.compile(files);
    assertThat(files.keySet()).allMatch(path -> path.endsWith("Dto.java") || path.endsWith("/Channels.java")
        || path.endsWith("/Channel.java") || path.endsWith("/EventPattern.java"), "only model types renamed");
  }

  @Test
  void aPrefixedNameThatIsTakenGetsANumberAsAnyOtherClash() {
    // Channels is the channel API's: a schema that the prefix makes "ChanNels" (the same file name on a file system
    // that ignores case) yields it.
    Map<String, String> files = ModelOptionsGolden.generate(
        dev.asyncgen.core.Specs.write(newFile(), """
            asyncapi: 2.6.0
            info: {title: T, version: '1'}
            channels:
              a:
                subscribe:
                  message: {payload: {$ref: '#/components/schemas/nels'}}
            components:
              schemas:
                nels: {type: object, properties: {x: {type: string}}}
            """), "com.example.clash", ModelOptions.DEFAULTS.withModelNamePrefix("Chan"));
    assertThat(files).containsKey("com/example/clash/ChanNels2.java");
    GeneratedCode.compile(files);
  }

  private static java.nio.file.Path newFile() {
    try {
      return java.nio.file.Files.createTempDirectory("prefix").resolve("clash.yaml");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Appwrite spec shows the names on nested open enums, event-pattern enums, unions and inline payloads. */
  @Test
  void appwriteWithASuffixAndAnAnnotation() throws IOException {
    Map<String, String> files = ModelOptionsGolden.generate(GeneratedCode.APPWRITE, GeneratedCode.APPWRITE_PACKAGE,
        ModelOptions.DEFAULTS.withModelNameSuffix("Dto")
            .withModelAnnotations(java.util.List.of("@com.example.shared.Audited")));
    ModelOptionsGolden.assertMatchesGolden("appwrite-dto", files);
    ModelOptionsGolden.compileWithUserCode(files);

    assertThat(files).containsKey("io/appwrite/realtime/AccountDto.java").doesNotContainKey(
        "io/appwrite/realtime/Account.java");
    assertThat(files.get("io/appwrite/realtime/Channels.java")).doesNotContain("@Audited");
  }
}
