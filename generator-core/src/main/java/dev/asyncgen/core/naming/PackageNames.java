package dev.asyncgen.core.naming;

/** Validates Java package names given by users. */
public final class PackageNames {
  private PackageNames() {}

  /**
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
      if (!isIdentifier(segment)) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name: '" + segment
            + "' is not a Java identifier");
      }
      if (JavaIdentifiers.isKeyword(segment)) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name: '" + segment
            + "' is a Java keyword");
      }
    }
  }

  private static boolean isIdentifier(String segment) {
    if (!Character.isJavaIdentifierStart(segment.codePointAt(0))) {
      return false;
    }
    return segment.codePoints().allMatch(Character::isJavaIdentifierPart);
  }
}
