package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.List;

/** Specs beyond a Java limit: generate fails with positioned errors, and validate reports the same ones. */
final class LimitErrors {
  private LimitErrors() {}

  /** Writes {@code text} to {@code spec} and returns the errors of generating it, checking validate agrees. */
  static List<String> of(Path spec, String text) {
    Specs.write(spec, text);
    SpecException generate = catchThrowableOfType(SpecException.class, () -> SourceGenerator.generate(
        ReadRequest.of(spec), GenerationOptions.forPackage("com.example.limits")));
    assertThat(generate).as("generating %s", spec).isNotNull();
    SpecException validate = catchThrowableOfType(SpecException.class,
        () -> SourceGenerator.check(ReadRequest.of(spec)));
    assertThat(validate).as("validating %s", spec).isNotNull();
    List<String> errors = Specs.messages(generate).stream().filter(m -> m.contains(": error: ")).toList();
    assertThat(Specs.messages(validate).stream().filter(m -> m.contains(": error: ")).toList()).isEqualTo(errors);
    return errors;
  }

  /** Writes {@code text} to {@code spec}, generates and compiles it; validate finds no error either. */
  static ClassLoader compile(Path spec, String text) {
    Specs.write(spec, text);
    SourceGenerator.check(ReadRequest.of(spec));
    return GeneratedCode.compile(GeneratedCode.generate(spec, "com.example.limits").files());
  }
}
