package dev.asyncgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns spec names ({@code $createdAt}, {@code user-signedup}, {@code users.*.create}) into Java names. */
public final class JavaIdentifiers {
  /** Keywords and literals: never an identifier. */
  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "_");

  /** Restricted identifiers: legal in places, confusing or illegal as member and type names. */
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

  /**
   * Object's methods: a record component, builder method or step parameter with one of these names
   * would override, hide or overload one of them (and mostly not compile), whatever its parameters.
   */
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  /**
   * What separates words: letters and digits of any script are kept ('café' stays café). Those
   * outside the BMP are left out like punctuation: javadoc's doclint (JDK 17) refuses them in
   * '@param NAME'. One character class, not an alternation, which would recurse once a character
   * and overflow on long names. Compiled once: naming splits every name it makes.
   */
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[[^\\p{L}\\p{Nd}][\\x{10000}-\\x{10FFFF}]]+");

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private JavaIdentifiers() {}

  /** {@code $createdAt} -> {@code createdAt}, {@code user-signedup} -> {@code userSignedup}, {@code HTTPStatus} -> {@code httpStatus}. */
  public static String camelCase(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(lowerLeadingCapitals(words.get(0)));
    for (int i = 1; i < words.size(); i++) {
      out.append(capitalize(words.get(i)));
    }
    return startSafely(out.toString());
  }

  /** {@code databases} -> {@code Databases}, {@code execution_status} -> {@code ExecutionStatus}. */
  public static String pascalCase(String name) {
    String camel = camelCase(name);
    return camel.startsWith("_") ? camel : capitalize(camel);
  }

  /** {@code users.*.sessions.*.create} -> {@code USERS_SESSIONS_CREATE}, {@code inProgress} -> {@code IN_PROGRESS}. */
  public static String upperSnake(String name) {
    List<String> parts = new ArrayList<>();
    for (String word : words(name)) {
      parts.addAll(splitCamel(word));
    }
    String joined = String.join("_", parts).toUpperCase(Locale.ROOT);
    return startSafely(joined);
  }

  /** A crude English singular for collection names: {@code events} -> {@code event}, {@code entries} -> {@code entry}. */
  public static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("sses") || name.endsWith("uses") || name.endsWith("xes") || name.endsWith("ches")
        || name.endsWith("shes")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && !name.endsWith("is")
        && name.length() > 1) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** Whether a member or type may not (or should not) have this name; such names get a trailing underscore. */
  public static boolean isReserved(String name) {
    return KEYWORDS.contains(name) || RESTRICTED.contains(name) || OBJECT_METHODS.contains(name);
  }

  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  /** Whether a literal channel segment reads as a method name without losing meaning. */
  public static boolean isPlainWord(String text) {
    return PLAIN_WORD.matcher(text).matches();
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_SEPARATORS.split(name)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String lowerLeadingCapitals(String word) {
    int run = 0;
    while (run < word.length() && Character.isUpperCase(word.charAt(run))) {
      run++;
    }
    if (run == 0) {
      return word;
    }
    // Keep the capital that starts the next word: HTTPStatus -> httpStatus, URL -> url.
    int lowerTo = run == word.length() || run == 1 ? run : run - 1;
    return word.substring(0, lowerTo).toLowerCase(Locale.ROOT) + word.substring(lowerTo);
  }

  private static List<String> splitCamel(String word) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < word.length(); i++) {
      char previous = word.charAt(i - 1);
      char current = word.charAt(i);
      boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
      boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
          && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
      if (lowerToUpper || acronymEnd) {
        parts.add(word.substring(start, i));
        start = i;
      }
    }
    parts.add(word.substring(start));
    return parts;
  }

  private static String startSafely(String identifier) {
    if (identifier.isEmpty()) {
      return identifier;
    }
    return Character.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
  }
}
