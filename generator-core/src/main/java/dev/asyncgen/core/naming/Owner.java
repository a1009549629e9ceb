package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * Where inline types (enums and objects written inside a property) are declared: nested in a
 * generated type, or, for schemas that generate no type of their own, at the top level with the
 * schema's name as a prefix.
 */
final class Owner {
  private final ClassName type;
  private final String topLevelPrefix;
  private final String packageName;
  private final NameScope names;
  private final ModelNames modelNames;
  private final List<TypePlan> nested = new ArrayList<>();

  private Owner(ClassName type, String topLevelPrefix, String packageName, NameScope names, ModelNames modelNames) {
    this.type = type;
    this.topLevelPrefix = topLevelPrefix;
    this.packageName = packageName;
    this.names = names;
    this.modelNames = modelNames;
  }

  /** Inline types nest in {@code type}; a nested type may not share a name with any enclosing one. */
  static Owner nestedIn(ClassName type) {
    NameScope names = new NameScope(false);
    for (ClassName enclosing = type; enclosing != null; enclosing = enclosing.enclosingClassName()) {
      names.reserve(enclosing.simpleName());
    }
    return new Owner(type, null, type.packageName(), names, null);
  }

  /**
   * Inline types become top-level types named {@code prefix + name}, with the model names' prefix and suffix,
   * claimed in the package scope.
   */
  static Owner topLevel(String packageName, String prefix, NameScope packageScope, ModelNames modelNames) {
    return new Owner(null, prefix, packageName, packageScope, modelNames);
  }

  ClassName claim(String simpleName) {
    if (type == null) {
      return ClassName.get(packageName, names.claim(modelNames.of(topLevelPrefix + simpleName), "Type"));
    }
    return type.nestedClass(names.claim(simpleName, "Type"));
  }

  void add(TypePlan plan) {
    nested.add(plan);
  }

  boolean isTopLevel() {
    return type == null;
  }

  /** Types declared here so far, in the order met. */
  List<TypePlan> nested() {
    return List.copyOf(nested);
  }
}
