package dev.asyncgen.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** Checks, before any benchmark runs, that the fast date-time reader agrees with java.time. */
final class Rfc3339Check {
  private static final List<String> SAME = List.of(
      "2026-05-29T12:34:56.000+00:00", "2026-05-29T12:34:56Z", "2026-05-29T12:34:56.1-05:30",
      "2024-02-29T23:59:59.123456789+14:00", "0001-01-01T00:00:00-18:00");
  /** Not in the fast reader's shape, left to OffsetDateTime.parse: the first two are valid, the others not. */
  private static final List<String> LEFT_TO_JAVA_TIME = List.of(
      "2026-05-29T12:34:56.000+0000", "2026-05-29T12:34+01:00", "2026-02-30T00:00:00Z", "2026-05-29T12:34:56.Z");

  private Rfc3339Check() {}

  static boolean agreesWithJavaTime() {
    return SAME.stream().allMatch(text -> Objects.equals(Rfc3339OffsetDateTimeDeserializer.parse(text),
            OffsetDateTime.parse(text)))
        && LEFT_TO_JAVA_TIME.stream().allMatch(text -> Rfc3339OffsetDateTimeDeserializer.parse(text) == null);
  }
}
