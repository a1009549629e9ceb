package dev.asyncgen.core.generate;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;

/**
 * The smart-home specs, in AsyncAPI 2.6 and 3.0: channels whose parameters list their values
 * ({@code lights.{room}}, {@code floors/{floor}/temperature}), generated and compiled for the tests.
 */
enum SmartHome {
  V2("smart-home-2.yaml"),
  V3("smart-home-3.yaml");

  static final String PACKAGE = "com.example.home";

  private final String file;

  SmartHome(String file) {
    this.file = file;
  }

  SourceGenerator.Sources generate(boolean closedEnums) {
    return SourceGenerator.generate(
        ReadRequest.of(Path.of("src/test/resources/specs/enum-parameters", file)).withDisplayPath(file),
        GenerationOptions.forPackage(PACKAGE).withClosedEnums(closedEnums));
  }

  /** Compiled with every lint as an error, and loaded. */
  ClassLoader compile(boolean closedEnums) {
    return GeneratedCode.compile(generate(closedEnums).files());
  }
}
