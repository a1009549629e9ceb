package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.PrintableText;

/**
 * The names of top-level model types with the user's {@code --model-name-prefix} and {@code --model-name-suffix}.
 * Types nested in a model type keep their own names: they are read through it ({@code AccountDto.Status}).
 */
final class ModelNames {
  private final String prefix;
  private final String suffix;

  ModelNames(ModelOptions options) {
    this.prefix = options.modelNamePrefix();
    this.suffix = options.modelNameSuffix();
  }

  /** {@code base} as a model type's name, e.g. {@code ApiAccountDto}. */
  String of(String base) {
    return prefix + base + suffix;
  }

  /** A model type's name without the prefix and suffix, as {@link #of} was given it. */
  String base(String name) {
    String base = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    return base.endsWith(suffix) ? base.substring(0, base.length() - suffix.length()) : base;
  }

  /**
   * Checks a prefix or suffix: put before or after a name, it must leave a Java identifier.
   *
   * @throws IllegalArgumentException saying why it does not
   */
  static void check(String text, boolean isPrefix) {
    if (text.isEmpty()) {
      return;
    }
    String what = isPrefix ? "prefix" : "suffix";
    if (isPrefix && !Character.isJavaIdentifierStart(text.codePointAt(0))) {
      throw new IllegalArgumentException("'" + PrintableText.of(text) + "' cannot start a Java type name");
    }
    text.codePoints().filter(c -> !Character.isJavaIdentifierPart(c) || Character.isIdentifierIgnorable(c))
        .findFirst().ifPresent(c -> {
          throw new IllegalArgumentException("'" + PrintableText.of(text) + "' cannot be part of a Java type name (as"
              + " its " + what + "): '" + PrintableText.of(Character.toString(c)) + "' is not allowed in one");
        });
  }
}
