package dev.asyncgen.core.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids for findings: a hash of the rule and the changed thing, never of positions or wording. */
final class Fingerprints {
  private Fingerprints() {}

  /** @param detail what changed besides the subject (an enum value, a new name), or empty */
  static String of(Rule rule, String subject, String detail) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((rule + "\n" + subject + "\n" + detail).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
