package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.diagnostic.PrintableText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in spec text (YAML's "\e" is ESC, "\a" BEL) and bidi overrides reach the
 * terminal only as visible escapes; JSON output carries the raw text, JSON-escaped.
 */
class TerminalSafetyTest {
  /** Sets the terminal's title, clears the screen, turns text red, and reverses what follows. */
  private static final String HOSTILE = "\\e]0;pwned\\a\\e[2J\\e[31m\\u202Eevil";
  private static final String SHOWN = "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31m\\u202eevil";
  private static final String RAW = "\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u202eevil";

  @TempDir Path dir;

  @Test
  void validatePrintsTheChannelNameEscaped() throws IOException {
    CliRun run = CliRun.of("validate", spec("T", "\"a" + HOSTILE + "{id}\"").toString());

    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("warning: channel 'a" + SHOWN + "{id}' uses parameter {id}"), run.out());
    assertPrintable(run.out());
  }

  @Test
  void validateJsonCarriesTheRawTextJsonEscaped() throws IOException {
    CliRun run = CliRun.of("validate", "--format", "json", spec("T", "\"a" + HOSTILE + "{id}\"").toString());

    assertPrintable(run.out());
    String message = run.out().replaceFirst("(?s).*\"message\":(\"(?:[^\"\\\\]|\\\\.)*\").*", "$1");
    assertEquals("channel 'a" + RAW + "{id}' uses parameter {id} but has no 'parameters'; it is read as a string"
        + " parameter", jsonString(message));
  }

  @Test
  void inspectPrintsTitlesAndNamesEscaped() throws IOException {
    CliRun run = CliRun.of("inspect", spec("\"Title" + HOSTILE + "\"", "\"a" + HOSTILE + "\"").toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Title" + SHOWN + " 1 (AsyncAPI 2.6.0)\n"), run.out());
    assertTrue(run.out().contains("\n  a" + SHOWN + "\n"), run.out());
    assertPrintable(run.out());
  }

  @Test
  void diffPrintsChannelNamesEscapedInTextAndMarkdown() throws IOException {
    Path before = spec("T", "\"a" + HOSTILE + "\"");
    Path after = Files.writeString(dir.resolve("new.yaml"), "asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\n"
        + "channels: {}\n");

    CliRun text = CliRun.of("diff", before.toString(), after.toString());
    CliRun markdown = CliRun.of("diff", "--format", "markdown", before.toString(), after.toString());

    assertEquals(3, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("spec.yaml:4:3: ERR CHANNEL_REMOVED a" + SHOWN + ": channel removed\n"),
        text.out());
    assertPrintable(text.out());
    assertEquals(3, markdown.exitCode(), markdown.err());
    assertTrue(markdown.out().contains("- **CHANNEL_REMOVED** a\\\\u001b\\]0;pwned"), markdown.out());
    assertPrintable(markdown.out());
  }

  private Path spec(String title, String channel) throws IOException {
    return Files.writeString(dir.resolve("spec.yaml"), "asyncapi: 2.6.0\ninfo: {title: " + title
        + ", version: '1'}\nchannels:\n  " + channel + ":\n    subscribe:\n      message:\n"
        + "        payload: {type: string}\n");
  }

  /** Nothing but line breaks between lines may be a control character. */
  private static void assertPrintable(String output) {
    for (String line : output.split("\n")) {
      assertEquals(line, PrintableText.of(line), "a control character reached the output");
    }
  }

  /** Decodes a JSON string literal, strictly: a raw control character in it is an error. */
  private static String jsonString(String literal) {
    assertTrue(literal.startsWith("\"") && literal.endsWith("\""), literal);
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      assertFalse(c < 0x20, "raw control character in JSON");
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escape = literal.charAt(++i);
      switch (escape) {
        case 'u' -> {
          text.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        default -> text.append(escape);
      }
    }
    return text.toString();
  }
}
