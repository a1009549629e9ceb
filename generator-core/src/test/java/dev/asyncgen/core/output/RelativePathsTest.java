package dev.asyncgen.core.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativePathsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "", "/etc/passwd", "/", "..", "../x", "a/../../x", "a/..", "a/./b", ".", "./a",
      "a//b", "a/", "a\\b", "..\\x", ".asyncgen/manifest.txt", ".asyncgen", "a\0b"})
  void rejectsPathsThatCouldLeaveTheDirectory(String path) {
    assertThrows(IllegalArgumentException.class, () -> RelativePaths.requireSafe(path));
    assertFalse(RelativePaths.isSafe(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Foo.java", "io/acme/Foo.java", ".gitignore", "a/.asyncgen/b", "..hidden", "a/b..c/d", "é/ü.java"})
  void acceptsPlainRelativePaths(String path) {
    assertDoesNotThrow(() -> RelativePaths.requireSafe(path));
    assertTrue(RelativePaths.isSafe(path));
  }
}
