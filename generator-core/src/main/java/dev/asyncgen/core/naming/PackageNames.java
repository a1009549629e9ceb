package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.Locale;
import java.util.Set;

/** Validates Java package names given by users. */
public final class PackageNames {
  /** Top-level packages of the JDK's own modules: the class loader or javac refuses classes of ours there. */
  private static final Set<String> JDK_PACKAGES = Set.of("java", "javax");

  private PackageNames() {}

  /**
   * The rule for the command line's {@code --package} and the Maven plugin's {@code packageName}.
   *
   * @throws IllegalArgumentException naming what is wrong, e.g. {@code 'class' is a Java keyword}
   */
  public static void check(String packageName) {
    if (packageName.isEmpty()) {
      throw new IllegalArgumentException("the package name is empty");
    }
    for (String segment : packageName.split("\\.", -1)) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name: it has an empty segment");
      }
      // javac accepts (and drops) these, but they hide what the name is: a bidi override, a soft hyphen.
      int invisible = segment.codePoints().filter(Character::isIdentifierIgnorable).findFirst().orElse(-1);
      if (invisible >= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "'%s' is not a Java package name: it holds U+%04X, an invisible formatting character",
            PrintableText.of(packageName), invisible));
      }
      if (!isIdentifier(segment)) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name: '" + segment
            + "' is not a Java identifier");
      }
      if (JavaIdentifiers.isKeyword(segment)) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name: '" + segment
            + "' is a Java keyword");
      }
    }
    String top = packageName.contains(".") ? packageName.substring(0, packageName.indexOf('.')) : packageName;
    if (JDK_PACKAGES.contains(top)) {
      throw new IllegalArgumentException("'" + packageName + "' is in " + top + ".*, which belongs to the JDK"
          + " (code generated there does not compile); choose a package of your own, such as com.example.events");
    }
  }

  private static boolean isIdentifier(String segment) {
    if (!Character.isJavaIdentifierStart(segment.codePointAt(0))) {
      return false;
    }
    return segment.codePoints().allMatch(Character::isJavaIdentifierPart);
  }
}
