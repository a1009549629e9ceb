package dev.asyncgen.core.generate;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.ModelOptions;
import java.nio.file.Path;

/** The spec written for --bean-validation and --builders, generated with either or both. */
final class Greenhouse {
  static final Path SPEC = Path.of("src/test/resources/generate/validation-builders.yaml");
  static final String PACKAGE = "com.example.greenhouse";
  static final String PROBE = "probes/com/example/greenhouse/GreenhouseUsage.java";

  private Greenhouse() {}

  static SourceGenerator.Sources generate(boolean beanValidation, boolean builders) {
    return SourceGenerator.generate(ReadRequest.of(SPEC).withDisplayPath("validation-builders.yaml"),
        options(beanValidation, builders));
  }

  static GenerationOptions options(boolean beanValidation, boolean builders) {
    return GenerationOptions.forPackage(PACKAGE)
        .withModel(ModelOptions.DEFAULTS.withBeanValidation(beanValidation).withBuilders(builders));
  }

  static SourceGenerator.Sources appwrite(boolean beanValidation, boolean builders) {
    return SourceGenerator.generate(
        ReadRequest.of(GeneratedCode.APPWRITE).withDisplayPath(GeneratedCode.APPWRITE_DISPLAY),
        GenerationOptions.forPackage(GeneratedCode.APPWRITE_PACKAGE)
            .withModel(ModelOptions.DEFAULTS.withBeanValidation(beanValidation).withBuilders(builders)));
  }
}
