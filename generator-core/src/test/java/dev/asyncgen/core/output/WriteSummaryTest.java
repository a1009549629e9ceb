package dev.asyncgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteSummaryTest {
  @Test
  void sortsAndCopiesTheLists() {
    List<String> written = new ArrayList<>(List.of("b/B.java", "a/A.java"));
    WriteSummary summary = new WriteSummary(written, List.of("z", "y"), List.of("2", "1"));
    written.clear();

    assertEquals(List.of("a/A.java", "b/B.java"), summary.written());
    assertEquals(List.of("y", "z"), summary.unchanged());
    assertEquals(List.of("1", "2"), summary.removed());
    assertThrows(UnsupportedOperationException.class, () -> summary.written().add("c"));
  }

  @Test
  void counts() {
    WriteSummary summary = new WriteSummary(List.of("a", "b", "c"), List.of("d", "e"), List.of("f"));

    assertEquals(3, summary.writtenCount());
    assertEquals(2, summary.unchangedCount());
    assertEquals(1, summary.removedCount());
  }

  @Test
  void changedAnythingOnlyWhenSomethingWasWrittenOrRemoved() {
    assertFalse(new WriteSummary(List.of(), List.of("a"), List.of()).changedAnything());
    assertTrue(new WriteSummary(List.of("a"), List.of(), List.of()).changedAnything());
    assertTrue(new WriteSummary(List.of(), List.of(), List.of("a")).changedAnything());
  }
}
