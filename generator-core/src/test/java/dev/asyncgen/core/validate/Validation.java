package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.YamlLoader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads inline YAML as {@code spec.yaml} and validates it at the version its {@code asyncapi} names. */
final class Validation {
  private Validation() {}

  /** Every diagnostic, as {@code spec.yaml:line:column: error: message}, sorted by position. */
  static List<String> diagnostics(String yaml) {
    SourceFile file = new SourceFile(URI.create("file:///test/spec.yaml"), "spec.yaml");
    MapNode root = (MapNode) new YamlLoader(LoadLimits.defaults()).load(file, yaml.getBytes(StandardCharsets.UTF_8));
    Diagnostics diagnostics = new Diagnostics();
    StructureValidator.validate(root, ((ScalarNode) root.get("asyncapi")).text(), diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  /** The smallest valid document of {@code version}, with {@code rest} (top-level YAML) after it. */
  static String doc(String version, String rest) {
    return "asyncapi: " + version + "\ninfo:\n  title: T\n  version: '1'\n" + rest;
  }
}
