package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Fully qualified class names given by users ({@code --schema-mapping}, {@code --type-mapping}). */
public final class JavaTypeNames {
  private JavaTypeNames() {}

  /**
   * The class {@code name} names: identifiers joined by dots, at least a package and a class. Segments from the first
   * one that starts with a capital are classes, so {@code com.example.Outer.Inner} names a nested class.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static ClassName className(String name) {
    List<String> segments = Arrays.asList(name.split("\\.", -1));
    if (segments.size() < 2) {
      throw new IllegalArgumentException("'" + PrintableText.of(name) + "' is not a fully qualified Java class name"
          + " (such as com.example.Account): a class without a package cannot be used from generated code");
    }
    for (String segment : segments) {
      String problem = segmentProblem(segment);
      if (problem != null) {
        throw new IllegalArgumentException("'" + PrintableText.of(name) + "' is not a fully qualified Java class name:"
            + " " + problem);
      }
    }
    int firstClass = segments.size() - 1;
    for (int i = 0; i < segments.size() - 1; i++) {
      if (Character.isUpperCase(segments.get(i).codePointAt(0))) {
        firstClass = i;
        break;
      }
    }
    String packageName = String.join(".", segments.subList(0, firstClass));
    if (packageName.isEmpty()) {
      throw new IllegalArgumentException("'" + PrintableText.of(name) + "' is not a fully qualified Java class name:"
          + " it has no package (segments before the class start with a small letter, as in com.example.Account)");
    }
    List<String> nested = segments.subList(firstClass + 1, segments.size());
    return ClassName.get(packageName, segments.get(firstClass), nested.toArray(String[]::new));
  }

  private static String segmentProblem(String segment) {
    if (segment.isEmpty()) {
      return "it has an empty segment";
    }
    int invisible = segment.codePoints().filter(Character::isIdentifierIgnorable).findFirst().orElse(-1);
    if (invisible >= 0) {
      return String.format(Locale.ROOT, "it holds U+%04X, an invisible formatting character", invisible);
    }
    if (!Character.isJavaIdentifierStart(segment.codePointAt(0))
        || !segment.codePoints().allMatch(Character::isJavaIdentifierPart)) {
      return "'" + PrintableText.of(segment) + "' is not a Java identifier";
    }
    if (JavaIdentifiers.isKeyword(segment)) {
      return "'" + segment + "' is a Java keyword";
    }
    return null;
  }
}
