package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From 64 files on, types are built and rendered on every core: the output must not notice. */
class ParallelRenderingTest {
  @TempDir
  Path dir;

  @Test
  void aSpecOfManyTypesGeneratesTheSameFilesEveryTimeAndTheyCompile() throws IOException {
    StringBuilder spec = new StringBuilder("asyncapi: '2.6.0'\ninfo: {title: many, version: '1'}\nchannels:\n");
    for (int i = 0; i < 100; i++) {
      spec.append("  things").append(i).append(".{thingId}:\n")
          .append("    parameters: {thingId: {schema: {type: string}}}\n")
          .append("    subscribe: {message: {payload: {$ref: '#/components/schemas/Thing").append(i).append("'}}}\n");
    }
    spec.append("components:\n  schemas:\n");
    for (int i = 0; i < 100; i++) {
      spec.append("    Thing").append(i).append(":\n      type: object\n      required: [id]\n")
          .append("      properties: {id: {type: string}, at: {type: string, format: date-time},")
          .append(" kind: {type: string, enum: [a, b]}}\n");
    }
    Path file = dir.resolve("many.yaml");
    Files.writeString(file, spec.toString());

    SortedMap<String, String> first = GeneratedCode.generate(file, "com.example.many").files();
    for (int run = 0; run < 5; run++) {
      assertThat(GeneratedCode.generate(file, "com.example.many").files()).isEqualTo(first);
    }
    assertThat(first).hasSizeGreaterThan(64).containsKey("com/example/many/Thing99.java");
    GeneratedCode.compile(first);
  }
}
