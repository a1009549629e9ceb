package dev.asyncgen.maven;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small project in a temporary folder: a spec that $refs a second file, and an output directory. */
final class TestProject {
  static final String SPEC = """
      asyncapi: 2.6.0
      info:
        title: Shop
        version: 1.0.0
      channels:
        orders:
          subscribe:
            message:
              payload:
                $ref: 'schemas.yaml#/Order'
        refunds:
          subscribe:
            message:
              payload:
                $ref: 'schemas.yaml#/Refund'
      """;

  static final String SCHEMAS = """
      Order:
        type: object
        required: [id]
        properties:
          id:
            type: string
      Refund:
        type: object
        properties:
          orderId:
            type: string
      """;

  /** A spec whose only channel's payload has a oneOf, which core warns about. */
  static final String SPEC_WITH_WARNING = """
      asyncapi: 2.6.0
      info:
        title: Shop
        version: 1.0.0
      channels:
        orders:
          subscribe:
            message:
              payload:
                type: object
                properties:
                  note:
                    oneOf:
                      - type: string
                      - type: integer
      """;

  /** A spec with an error on line 10. */
  static final String BROKEN_SPEC = """
      asyncapi: 2.6.0
      info:
        title: Shop
        version: 1.0.0
      channels:
        orders:
          subscribe:
            message:
              payload:
                $ref: '#/components/schemas/Missing'
      """;

  final Path basedir;
  final Path spec;
  final Path schemas;
  final Path output;
  final Path records;

  TestProject(Path basedir) {
    this.basedir = basedir;
    this.spec = basedir.resolve("src/main/asyncapi/shop.yaml");
    this.schemas = basedir.resolve("src/main/asyncapi/schemas.yaml");
    this.output = basedir.resolve("target/generated-sources/asyncgen");
    this.records = basedir.resolve("target/asyncgen");
    write(spec, SPEC);
    write(schemas, SCHEMAS);
  }

  Generator.Request request(String packageName) {
    ReadRequest read = ReadRequest.of(spec).withDisplayPath("src/main/asyncapi/shop.yaml");
    return new Generator.Request(read, GenerationOptions.forPackage(packageName), output);
  }

  Generator.Request request() {
    return request("com.example.shop");
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file under the output directory, with its modification time and file key (the inode,
   * which an atomic replacement changes even within the same clock tick).
   */
  Map<String, String> outputStamps() {
    Map<String, String> stamps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        stamps.put(output.relativize(file).toString().replace('\\', '/'),
            attributes.lastModifiedTime() + " " + attributes.fileKey());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stamps;
  }
}
