package dev.asyncgen.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventPatternTest {
  private final EventPattern updateName = new EventPattern("users.*.update.name");

  @Test
  void wildcardMatchesAnyOneSegment() {
    assertThat(updateName.matches("users.42.update.name")).isTrue();
  }

  @Test
  void fewerSegmentsDoNotMatch() {
    assertThat(updateName.matches("users.42.update")).isFalse();
  }

  @Test
  void moreSegmentsDoNotMatch() {
    assertThat(updateName.matches("users.42.update.name.extra")).isFalse();
  }

  @Test
  void literalSegmentsMustBeEqual() {
    assertThat(updateName.matches("users.42.update.email")).isFalse();
  }

  @Test
  void wildcardDoesNotSpanTwoSegments() {
    assertThat(new EventPattern("users.*").matches("users.42.update")).isFalse();
  }

  @Test
  void aWildcardNeedsANonEmptySegment() {
    // Appwrite writes * where an ID stands, and IDs are never empty.
    assertThat(new EventPattern("users.*").matches("users.")).isFalse();
    assertThat(new EventPattern("*").matches("")).isFalse();
    assertThat(new EventPattern("users.*.update").matches("users..update")).isFalse();
  }

  @Test
  void emptySegmentsMatchOnlyThemselves() {
    assertThat(new EventPattern("users..*").matches("users..42")).isTrue();
    assertThat(new EventPattern("users..*").matches("users.x.42")).isFalse();
  }

  @Test
  void literalSegmentsLeaveOutTheWildcards() {
    assertThat(new EventPattern("databases.*.collections.*.documents.*.create").literalSegments())
        .isEqualTo(List.of("databases", "collections", "documents", "create"));
  }

  @Test
  void onlyAWholeStarSegmentIsAWildcard() {
    assertThat(EventPattern.hasWildcard("users.*.update")).isTrue();
    assertThat(EventPattern.hasWildcard("users.a*.update")).isFalse();
    assertThat(new EventPattern("users.a*").matches("users.a1")).isFalse();
  }
}
