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
  void objectMethodNamesGetATrailingUnderscoreLikeKeywords() {
    NameScope scope = new NameScope(false);
    assertEquals("hashCode_", scope.claim("hashCode", "x"));
    assertEquals("getClass_", scope.claim("getClass", "x"));
  }

  @Test
  void reservedNamesAreSkipped() {
    NameScope scope = new NameScope(false).reserve("type");
    assertEquals("type2", scope.claim("type", "x"));
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
