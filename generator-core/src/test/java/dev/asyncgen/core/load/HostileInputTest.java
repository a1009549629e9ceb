package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents built to exhaust memory, the stack or the reader. Each must end in a
 * {@link SpecException}; the timeout only guards against a hang.
 */
@Timeout(30)
class HostileInputTest {
  @TempDir Path dir;

  /** Nine levels of nine aliases each: 9^9 nodes if expanded. */
  @EachVersion
  void billionLaughsStopsAtTheExpandedNodeLimit(SpecShape shape) {
    StringBuilder yaml = new StringBuilder(shape.empty()).append("x-lol:\n");
    yaml.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String alias = "*" + (char) (c - 1);
      yaml.append("  ").append(c).append(": &").append(c).append(" [")
          .append(String.join(",", Collections.nCopies(9, alias))).append("]\n");
    }

    SpecException e = Specs.readFailing(write("laughs.yaml", yaml.toString()));

    // Line 13 is g: the a..f definitions already count 672,609 nodes, and each *f adds 597,871:
    // the third *f (column 16) passes 2,000,000.
    assertThat(Specs.messages(e)).containsExactly("laughs.yaml:13:16: error: the document expands to more than "
        + "2,000,000 nodes (aliases are counted at every use)");
  }

  @EachVersion
  void moreThanTwoHundredAliasesAreRefused(SpecShape shape) {
    String aliases = String.join(",", Collections.nCopies(201, "*a"));

    SpecException e = Specs.readFailing(
        write("aliases.yaml", shape.empty() + "x-a: &a 1\nx-list: [" + aliases + "]\n"));

    // "x-list: [" is 9 characters and each "*a," 3 more: the 201st alias is at column 10 + 200 * 3.
    assertThat(Specs.messages(e)).containsExactly("aliases.yaml:7:610: error: more than 200 YAML aliases in one file");
  }

  @EachVersion
  void deepFlowSequenceStopsAtTheDepthLimit(SpecShape shape) {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);

    SpecException e = Specs.readFailing(write("flow.yaml", shape.empty() + "x-deep: " + deep + "\n"));

    // The root mapping is level 1, so the 256th "[" (column 8 + 256) would be level 257.
    assertThat(Specs.messages(e)).containsExactly("flow.yaml:6:264: error: nesting is deeper than 256 levels");
  }

  @EachVersion
  void deepFlowMappingStopsAtTheDepthLimit(SpecShape shape) {
    String deep = "{a: ".repeat(20_000) + "1" + "}".repeat(20_000);

    SpecException e = Specs.readFailing(write("flowmap.yaml", shape.empty() + "x-deep: " + deep + "\n"));

    // Each "{a: " is 4 characters: the 256th "{" is at column 9 + 255 * 4.
    assertThat(Specs.messages(e)).containsExactly("flowmap.yaml:6:1029: error: nesting is deeper than 256 levels");
  }

  @EachVersion
  void deepBlockSequenceStopsAtTheDepthLimit(SpecShape shape) {
    String deep = "  " + "- ".repeat(20_000) + "leaf\n";

    SpecException e = Specs.readFailing(write("block.yaml", shape.empty() + "x-deep:\n" + deep));

    // Each "- " opens a sequence: the 256th starts at column 3 + 255 * 2.
    assertThat(Specs.messages(e)).containsExactly("block.yaml:7:513: error: nesting is deeper than 256 levels");
  }

  /** Block mappings need one more space per level, so 1,000 levels (500 kB) stand in for 20,000. */
  @EachVersion
  void deepBlockMappingsStopAtTheDepthLimit(SpecShape shape) {
    String deep = IntStream.range(0, 1_000).mapToObj(i -> " ".repeat(i + 1) + "k:\n").collect(Collectors.joining());

    SpecException e = Specs.readFailing(write("blockmap.yaml", shape.empty() + "x-deep:\n" + deep));

    // x-deep's value is level 2; the mapping under the 255th "k:" (line 6 + 255, column 256) would be 257.
    assertThat(Specs.messages(e)).containsExactly("blockmap.yaml:262:257: error: nesting is deeper than 256 levels");
  }

  /**
   * Each anchor nests 200 lists around an alias of the previous one, so expanded they nest 20,000
   * deep; used in a message example, that used to overflow the stack when the model was built.
   */
  @EachVersion
  void aliasesCannotStackNestingPastTheDepthLimit(SpecShape shape) {
    StringBuilder yaml = new StringBuilder(shape.header()).append("x-defs:\n");
    for (int i = 0; i < 100; i++) {
      String inner = i == 0 ? "1" : "*a" + (i - 1);
      yaml.append("  a").append(i).append(": &a").append(i).append(' ')
          .append("[".repeat(200)).append(inner).append("]".repeat(200)).append('\n');
    }
    yaml.append(shape.messageChannel("        examples:\n          - payload: *a99\n"));

    SpecException e = Specs.readFailing(write("alias-depth.yaml", yaml.toString()));

    // Line 7 defines a1: *a0 (200 levels) sits inside the root, x-defs and 200 lists (column 11 + 200).
    assertThat(Specs.messages(e)).containsExactly(
        "alias-depth.yaml:7:211: error: nesting is deeper than 256 levels once alias *a0 is expanded");
  }

  @EachVersion
  void aliasReachingExactlyTheDepthLimitIsAccepted(SpecShape shape) {
    // *a (100 levels) inside the root and 155 lists: 1 + 155 + 100 = 256.
    String yaml = shape.empty() + "x-a: &a " + "[".repeat(100) + "]".repeat(100) + "\n"
        + "x-b: " + "[".repeat(155) + "*a" + "]".repeat(155) + "\n";

    assertThat(Specs.read(write("alias-at-limit.yaml", yaml)).api().channels()).isEmpty();
  }

  @EachVersion
  void aliasOneLevelPastTheDepthLimitIsRefused(SpecShape shape) {
    String yaml = shape.empty() + "x-a: &a " + "[".repeat(100) + "]".repeat(100) + "\n"
        + "x-b: " + "[".repeat(156) + "*a" + "]".repeat(156) + "\n";

    SpecException e = Specs.readFailing(write("alias-past-limit.yaml", yaml));

    // "x-b: " is 5 characters and 156 "[" follow: the alias is at column 162.
    assertThat(Specs.messages(e)).containsExactly(
        "alias-past-limit.yaml:7:162: error: nesting is deeper than 256 levels once alias *a is expanded");
  }

  @EachVersion
  void fileOverTheSizeLimitIsRefusedBeforeParsing(SpecShape shape) {
    // Exactly 5,000 bytes: "x-pad: '" and "'\n" take 10.
    Path spec = write("big.yaml", shape.empty() + "x-pad: '" + "x".repeat(5_000 - shape.empty().length() - 10) + "'\n");
    ReadRequest request = ReadRequest.of(spec).withLimits(LoadLimits.defaults().withMaxBytes(1_024));

    SpecException e = Specs.readFailing(request);

    assertThat(Specs.messages(e)).containsExactly("big.yaml:1:1: error: the file is 5,000 bytes, over the limit of "
        + "1,024 bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
  }

  @EachVersion
  void referencedFileOverTheSizeLimitIsRefused(SpecShape shape) {
    // Exactly 5,000 bytes: "X:\n  description: '" and "'\n" take 21.
    write("common/big.yaml", "X:\n  description: '" + "x".repeat(5_000 - 21) + "'\n");
    Path spec = write("root.yaml", shape.oneMessage(""
        + "        payload:\n          $ref: 'common/big.yaml#/X'\n"));
    ReadRequest request = ReadRequest.of(spec).withLimits(LoadLimits.defaults().withMaxBytes(1_024));

    SpecException e = Specs.readFailing(request);

    assertThat(Specs.messages(e)).containsExactly("common/big.yaml:1:1: error: the file is 5,000 bytes, over the "
        + "limit of 1,024 bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
  }

  /** Line 3 is "  title: café " then 0xFF: "café" is 4 characters, so 0xFF is column 15 and byte 37. */
  @EachVersion
  void invalidUtf8IsReportedAtTheBadByte(SpecShape shape) {
    byte[] bytes = ("asyncapi: " + shape.version() + "\ninfo:\n  title: café XX\n").getBytes(StandardCharsets.UTF_8);
    bytes[37] = (byte) 0xFF;
    bytes[38] = (byte) 0xFE;

    SpecException e = Specs.readFailing(Specs.write(dir.resolve("utf8.yaml"), bytes));

    assertThat(Specs.messages(e)).containsExactly(
        "utf8.yaml:3:15: error: the file is not valid UTF-8 (byte 0xFF at offset 37)");
  }

  @EachVersion
  void truncatedUtf8SequenceAtTheEndIsReported(SpecShape shape) {
    byte[] text = (shape.empty() + "x-a: caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
    bytes[text.length] = (byte) 0xC3;

    SpecException e = Specs.readFailing(Specs.write(dir.resolve("cut.yaml"), bytes));

    assertThat(Specs.messages(e)).containsExactly("cut.yaml:6:9: error: the file is not valid UTF-8 "
        + "(byte 0xC3 at offset " + text.length + ")");
  }

  @EachVersion
  void tabIndentationIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(
        write("tabs.yaml", "asyncapi: " + shape.version() + "\ninfo:\n\ttitle: t\n\tversion: 1.0.0\n"));

    assertThat(Specs.messages(e)).containsExactly("tabs.yaml:3:1: error: invalid YAML: found character '\\t(TAB)' "
        + "that cannot start any token. (Do not use \\t(TAB) for indentation), while scanning for the next token");
  }

  @EachVersion
  void javaTypeTagIsRefused(SpecShape shape) {
    String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
        + "[\"http://127.0.0.1:9/\"]]]]";

    SpecException e = Specs.readFailing(write("tag.yaml", shape.empty() + "x-evil: " + gadget + "\n"));

    assertThat(Specs.messages(e)).containsExactly("tag.yaml:6:9: error: unsupported YAML tag "
        + "'tag:yaml.org,2002:javax.script.ScriptEngineManager': asyncgen reads plain data only "
        + "(objects, lists, strings, numbers, booleans, null)");
  }

  @EachVersion
  void localTagOnAScalarIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(write("local.yaml", shape.empty() + "x-a: !secret value\n"));

    assertThat(Specs.messages(e)).containsExactly("local.yaml:6:6: error: unsupported YAML tag '!secret': "
        + "asyncgen reads plain data only (objects, lists, strings, numbers, booleans, null)");
  }

  @EachVersion
  void aliasToAnUnknownAnchorIsAnError(SpecShape shape) {
    SpecException e = Specs.readFailing(write("alias.yaml", shape.empty() + "x-alias: *nowhere\n"));

    assertThat(Specs.messages(e)).containsExactly("alias.yaml:6:10: error: alias *nowhere refers to no anchor &nowhere");
  }

  @EachVersion
  void aliasInsideItsOwnAnchorIsAnError(SpecShape shape) {
    SpecException e = Specs.readFailing(write("self.yaml", shape.empty() + "x-a: &a [1, *a]\n"));

    assertThat(Specs.messages(e)).containsExactly("self.yaml:6:13: error: alias *a refers to a node that contains it");
  }

  @EachVersion
  void emptyFileIsAnError(SpecShape shape) {
    SpecException e = Specs.readFailing(write("empty.yaml", ""));

    assertThat(Specs.messages(e)).containsExactly("empty.yaml:1:1: error: the document is empty");
  }

  @EachVersion
  void fileWithOnlyACommentIsEmpty(SpecShape shape) {
    SpecException e = Specs.readFailing(write("comment.yaml", "# nothing here\n"));

    assertThat(Specs.messages(e)).containsExactly("comment.yaml:1:1: error: the document is empty");
  }

  @EachVersion
  void secondDocumentInTheStreamIsRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(write("multi.yaml", shape.empty() + "---\n" + shape.empty()));

    assertThat(Specs.messages(e)).containsExactly(
        "multi.yaml:6:1: error: expected a single YAML document, found a second one");
  }

  @EachVersion
  void documentEndMarkerAloneIsFine(SpecShape shape) {
    assertThat(Specs.read(write("end.yaml", shape.empty() + "...\n")).api().channels()).isEmpty();
  }

  private Path write(String name, String text) {
    return Specs.write(dir.resolve(name), text);
  }
}
