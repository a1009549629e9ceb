package dev.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameScopeTest {
  @Test
  void clashesGetTheLowestFreeNumber() {
    NameScope scope = new NameScope(false);
    assertEquals(List.of("id", "id2", "id3"), List.of(scope.claim("id", "x"), scope.claim("id", "x"),
        scope.claim("id", "x")));
  }

  @Test
  void reservedWordsGetATrailingUnderscore() {
    NameScope scope = new NameScope(false);
    assertEquals("class_", scope.claim("class", "x"));
    assertEquals("record_", scope.claim("record", "x"));
  }

  @Test
  void reservedNamesAreSkipped() {
    NameScope scope = new NameScope(false).reserve("hashCode");
    assertEquals("hashCode2", scope.claim("hashCode", "x"));
  }

  @Test
  void caseInsensitiveScopesKeepFileNamesApartOnEveryFileSystem() {
    NameScope scope = new NameScope(true);
    assertEquals("Event", scope.claim("Event", "x"));
    assertEquals("EVENT_2", scope.claim("EVENT", "x"));
  }

  @Test
  void namesEndingInADigitGetASeparatedNumber() {
    NameScope scope = new NameScope(false);
    scope.claim("v1", "x");
    assertEquals("v1_2", scope.claim("v1", "x"));
  }

  @Test
  void emptyNamesFallBack() {
    assertEquals("Schema", new NameScope(false).claim("", "Schema"));
  }
}
