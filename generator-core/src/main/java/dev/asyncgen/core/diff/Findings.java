package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects findings as the comparisons make them; the level is the worse of wire and source. */
final class Findings {
  /** How many channels a message lists by name. */
  static final int LISTED = 20;

  private final List<Finding> all = new ArrayList<>();

  /** @param detail what changed besides the subject, for the fingerprint: an enum value, a new name */
  void add(Rule rule, String subject, String detail, SourcePosition position, String message, Verdict wire,
      Verdict source) {
    all.add(new Finding(rule, Level.worst(wire.level(), source.level()), subject, message, position,
        wire.text(), wire.level(), source.text(), source.level(), Fingerprints.of(rule, subject, detail)));
  }

  List<Finding> list() {
    return List.copyOf(all);
  }

  /**
   * The wire verdict over every way a thing travels: {@code reader} for channels generated code
   * receives on, {@code writer} for those it sends on.
   */
  static Verdict wire(Set<Use> uses, Verdict reader, Verdict writer) {
    String received = channels(uses, Direction.RECEIVED);
    String sent = channels(uses, Direction.SENT);
    if (received.isEmpty() && sent.isEmpty()) {
      return Verdict.info("on no channel");
    }
    List<String> parts = new ArrayList<>();
    Level level = Level.INFO;
    if (!received.isEmpty()) {
      parts.add("reader (received on " + received + "): " + reader.text());
      level = Level.worst(level, reader.level());
    }
    if (!sent.isEmpty()) {
      parts.add("writer (sent on " + sent + "): " + writer.text());
      level = Level.worst(level, writer.level());
    }
    return new Verdict(level, String.join("; ", parts));
  }

  /** {@code  (reaches a, b)} for messages about shared schemas, or nothing. */
  static String reach(Set<Use> uses) {
    Set<String> channels = SchemaUses.channels(uses);
    return channels.isEmpty() ? "" : " (reaches " + list(List.copyOf(channels)) + ")";
  }

  private static String channels(Set<Use> uses, Direction direction) {
    return list(uses.stream().filter(u -> u.direction() == direction).map(Use::channel).sorted().distinct().toList());
  }

  /** The channels, sorted; past {@value #LISTED}, how many more (a schema every channel uses would fill pages). */
  private static String list(List<String> channels) {
    String listed = channels.stream().limit(LISTED).collect(Collectors.joining(", "));
    return channels.size() <= LISTED ? listed
        : listed + String.format(java.util.Locale.ROOT, " and %,d more", channels.size() - LISTED);
  }
}
