package dev.asyncgen.core.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names taken in one Java scope. Claims are first come, first served, and a taken name gets
 * the lowest free numeric suffix, so the same claims in the same order always give the same names.
 */
final class NameScope {
  private final Set<String> taken = new HashSet<>();
  private final boolean caseInsensitive;

  /** @param caseInsensitive for file names: {@code Event.java} and {@code EVENT.java} clash on some file systems */
  NameScope(boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
  }

  /** Marks names as unavailable without claiming them for anything. */
  NameScope reserve(String... names) {
    for (String name : names) {
      taken.add(key(name));
    }
    return this;
  }

  boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** Claims {@code preferred}, made safe: reserved words get a trailing underscore, clashes a number. */
  String claim(String preferred, String fallback) {
    String base = preferred.isEmpty() ? fallback : preferred;
    if (JavaIdentifiers.isReserved(base)) {
      base = base + "_";
    }
    // USERS_UPDATE_2 for constants, id2 for members; v1_2 where a bare number would run into a digit.
    boolean constant = base.chars().anyMatch(Character::isLetter) && base.equals(base.toUpperCase(java.util.Locale.ROOT))
        && base.length() > 1;
    boolean separate = constant || Character.isDigit(base.charAt(base.length() - 1));
    String name = base;
    for (int i = 2; taken.contains(key(name)); i++) {
      name = base + (separate ? "_" : "") + i;
    }
    taken.add(key(name));
    return name;
  }

  private String key(String name) {
    return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
  }
}
