package dev.asyncgen.core.naming;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Schema types and formats {@code --type-mapping} accepts. A format's mapping wins over its type's, and
 * either wins over what asyncgen generates by default (the {@code --date-time-type} for {@code date-time}).
 */
public final class TypeMappingKeys {
  /** Every key, with the JSON Schema type it applies to; types map to themselves. In the order the help lists them. */
  private static final Map<String, String> TYPE_OF_KEY = new LinkedHashMap<>();

  static {
    for (String type : new String[] {"string", "integer", "number", "boolean"}) {
      TYPE_OF_KEY.put(type, type);
    }
    for (String format : new String[] {"date-time", "date", "time", "duration", "uuid", "uri", "uri-reference",
        "email", "hostname", "ipv4", "ipv6", "byte", "binary", "password"}) {
      TYPE_OF_KEY.put(format, "string");
    }
    TYPE_OF_KEY.put("int32", "integer");
    TYPE_OF_KEY.put("int64", "integer");
    TYPE_OF_KEY.put("float", "number");
    TYPE_OF_KEY.put("double", "number");
  }

  private TypeMappingKeys() {}

  /**
   * Checks a key of {@code --type-mapping}.
   *
   * @throws IllegalArgumentException listing the known keys
   */
  public static void check(String key) {
    if (!TYPE_OF_KEY.containsKey(key)) {
      throw new IllegalArgumentException("'" + dev.asyncgen.core.diagnostic.PrintableText.of(key)
          + "' is not a JSON Schema type or format asyncgen maps; known keys: " + String.join(", ", TYPE_OF_KEY.keySet()));
    }
  }

  /** Whether {@code format} is a key of values of {@code type} (a string format is no integer's). */
  static boolean isFormatOf(String format, String type) {
    return format != null && !format.equals(type) && type.equals(TYPE_OF_KEY.get(format));
  }
}
