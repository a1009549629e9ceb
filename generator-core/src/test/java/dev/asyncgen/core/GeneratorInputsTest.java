package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.load.Sha256;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run reports every spec file it read, with the hash of the bytes it generated from. */
class GeneratorInputsTest {
  private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Shop, version: '1'}
      channels:
        orders:
          subscribe: {message: {payload: {$ref: 'schemas.yaml#/Order'}}}
      """;
  private static final String SCHEMAS = "Order: {type: object, properties: {id: {type: string}}}\n";

  @Test
  void theResultNamesEachFileReadWithTheHashOfItsBytes(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
    Path schemas = Files.writeString(dir.resolve("schemas.yaml"), SCHEMAS);

    Generator.Result result = Generator.generate(new Generator.Request(
        ReadRequest.of(spec), GenerationOptions.forPackage("shop"), dir.resolve("out")));

    assertThat(result.inputs()).containsExactly(
        new ReadFile(spec.toRealPath().toUri(), Sha256.hex(Files.readAllBytes(spec))),
        new ReadFile(schemas.toRealPath().toUri(), Sha256.hex(Files.readAllBytes(schemas))));
  }
}
