package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.ReferenceSchema;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The user's {@code --schema-mapping}s checked against the document's schemas. */
final class SchemaMappings {
  private SchemaMappings() {}

  /**
   * The class of each mapped schema. A mapping that names no schema is an error naming the close names: it is a
   * typo, and going on would generate the very class the user meant to replace.
   */
  static Map<String, ClassName> resolve(AsyncApi api, Map<String, String> mappings, Diagnostics diagnostics) {
    Map<String, ClassName> mapped = new LinkedHashMap<>();
    mappings.forEach((schemaName, className) -> {
      if (api.schemas().containsKey(schemaName)) {
        mapped.put(schemaName, ModelOptions.mappedClass(schemaName, className));
      } else {
        List<String> close = closeNames(schemaName, api.schemas().keySet());
        diagnostics.error(new SourcePosition(api.rootFile(), 1, 1), "the schema mapping " + schemaName + "="
            + className + " names no schema of this document"
            + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"));
      }
    });
    return mapped;
  }

  /**
   * A mapped schema that a generated one extends with allOf is an error at the {@code $ref}: the generated type
   * would implement it, and asyncgen cannot make a class it does not generate a sealed parent.
   */
  static void checkNotExtended(Map<String, ClassName> mapped, Map<String, ReferenceSchema> parents,
      Diagnostics diagnostics) {
    parents.forEach((parent, reference) -> {
      if (mapped.containsKey(parent)) {
        diagnostics.error(reference.position(), "allOf extends schema '" + parent + "', which is mapped to "
            + mapped.get(parent) + ": a generated type cannot extend a class asyncgen does not generate; map the"
            + " schemas that extend it too, or remove the mapping");
      }
    });
  }

  /** Up to three names a typo away from {@code name}: equal but for case, or within a few edits. */
  static List<String> closeNames(String name, java.util.Collection<String> names) {
    int allowed = Math.max(2, name.length() / 3);
    return names.stream()
        .filter(candidate -> distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= allowed)
        .sorted(Comparator.comparingInt((String candidate) -> distance(name, candidate))
            .thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .toList();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
