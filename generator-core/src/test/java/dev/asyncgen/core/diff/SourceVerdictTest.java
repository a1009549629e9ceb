package dev.asyncgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.generate.GeneratedSources;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Source verdicts proven, not asserted: user code that compiles against OLD's generated API is
 * compiled against NEW's. ERR: it fails; INFO: it compiles; WARN: one use fails and another compiles.
 */
class SourceVerdictTest {
  /** A use of OLD's API, and whether it still compiles against NEW's. */
  record Use(String body, boolean compilesAfter) {}

  static Stream<Arguments> verdicts() {
    Use constructs = new Use("Event make() { return new Event(\"i\", 1, null, Event.Status.DONE, \"n\", null); }",
        false);
    Use reads = new Use("String read(Event e) { return e.note() + e.status(); }", true);
    // Enums are open by default: users switch over known(), whose UNKNOWN covers values the spec lacks.
    Use exhaustive = new Use("int rank(Event.Status s) { return switch (s.known()) {"
        + " case WAITING -> 1; case DONE -> 2; case UNKNOWN -> 0; }; }", false);
    Use withDefault = new Use("int rank(Event.Status s) { return switch (s.known()) { case DONE -> 2; default -> 1; }; }",
        true);
    return Stream.of(
        Arguments.of(Rule.FORMAT_CHANGED, Level.ERR,
            new Use[] {new Use("java.time.OffsetDateTime at(Event e) { return e.at(); }", false)}),
        Arguments.of(Rule.PROPERTY_REMOVED, Level.ERR, new Use[] {new Use(reads.body(), false)}),
        Arguments.of(Rule.SCHEMA_RENAMED, Level.ERR,
            new Use[] {new Use("Command same(Command c) { return c; }", false)}),
        Arguments.of(Rule.CHANNEL_REMOVED, Level.ERR,
            new Use[] {new Use("Object channel() { return Channels.commands(); }", false)}),
        Arguments.of(Rule.ENUM_VALUE_REMOVED, Level.ERR,
            new Use[] {new Use("Event.Status done() { return Event.Status.DONE; }", false)}),
        Arguments.of(Rule.ALL_OF_PARENT_REMOVED, Level.ERR,
            new Use[] {new Use("Base parent(Refund r) { return r; }", false),
                new Use("Long version(Refund r) { return r.version(); }", false)}),
        Arguments.of(Rule.ONE_OF_ALTERNATIVE_REMOVED, Level.ERR,
            new Use[] {new Use("Payment payment(Meta m) { return m; }", false),
                new Use("Payment payment(Command c) { return c; }", true)}),
        Arguments.of(Rule.PROPERTY_ADDED, Level.WARN, new Use[] {constructs, new Use(reads.body(), true)}),
        Arguments.of(Rule.ENUM_VALUE_ADDED, Level.WARN, new Use[] {exhaustive, withDefault}),
        Arguments.of(Rule.UNKNOWN_PROPERTIES_CHANGED, Level.INFO, new Use[] {new Use(constructs.body(), true)}),
        Arguments.of(Rule.DESCRIPTION_CHANGED, Level.INFO, new Use[] {new Use(reads.body(), true),
            new Use(constructs.body(), true)}),
        Arguments.of(Rule.CHANNEL_PARAMETER_CHANGED, Level.INFO,
            new Use[] {new Use("Channel<Event> channel() { return Channels.events(\"e1\"); }", true)}),
        Arguments.of(Rule.CHANNEL_ADDED, Level.INFO, new Use[] {new Use(reads.body(), true),
            new Use("Channel<Command> channel() { return Channels.commands(); }", true)}));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("verdicts")
  void usesOfOldCompileAgainstNewAsTheVerdictSays(Rule rule, Level level, Use[] uses, @TempDir Path dir) {
    RuleTest.Case change = RuleTest.cases().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    Finding finding = DiffSpecs.diff(dir, change.before(), change.after()).findings().get(0);
    assertEquals(level, finding.sourceLevel(), finding.source());
    Map<String, String> before = generate(dir.resolve("old.yaml"));
    Map<String, String> after = generate(dir.resolve("new.yaml"));
    for (Use use : uses) {
      assertEquals(Compilation.Status.SUCCESS, compile(before, use.body()).status(), "against OLD: " + use.body());
      Compilation compilation = compile(after, use.body());
      assertEquals(use.compilesAfter() ? Compilation.Status.SUCCESS : Compilation.Status.FAILURE,
          compilation.status(), use.body() + "\n" + compilation.diagnostics());
    }
  }

  private static Map<String, String> generate(Path spec) {
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(DiffSpecs.PACKAGE)).files();
  }

  private static Compilation compile(Map<String, String> generated, String body) {
    return GeneratedSources.compileWith(generated, JavaFileObjects.forSourceString(DiffSpecs.PACKAGE + ".UserCode",
        "package " + DiffSpecs.PACKAGE + ";\n\nclass UserCode {\n  " + body + "\n}\n"));
  }
}
