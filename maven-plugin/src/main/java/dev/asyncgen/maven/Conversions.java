package dev.asyncgen.maven;

import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.nio.file.Path;
import java.util.Locale;

/** Turns Mojo parameters into what core takes, with the CLI's spellings and messages. */
final class Conversions {
  private Conversions() {}

  /**
   * {@code OffsetDateTime}, {@code Instant} or {@code String}, in any case, as the CLI's {@code
   * --date-time-type} takes them.
   *
   * @throws IllegalArgumentException naming the values allowed
   */
  static DateTimeType dateTimeType(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "offsetdatetime" -> DateTimeType.OFFSET_DATE_TIME;
      case "instant" -> DateTimeType.INSTANT;
      case "string" -> DateTimeType.STRING;
      default -> throw new IllegalArgumentException("'" + value + "' is not one of OffsetDateTime, Instant, String");
    };
  }

  /**
   * {@code file} relative to {@code basedir}, with {@code '/'} separators, as messages and
   * generated headers show it: never absolute, so that output does not depend on where the
   * project was checked out. A file on another drive shows only its name.
   */
  static String relative(Path basedir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      String relative = basedir.toAbsolutePath().normalize().relativize(absolute).toString();
      return relative.isEmpty() ? "." : relative.replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return String.valueOf(absolute.getFileName());
    }
  }
}
