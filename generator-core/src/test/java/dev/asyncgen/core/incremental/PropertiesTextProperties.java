package dev.asyncgen.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The run record's text reads back as the entries written, and escapes them as {@code Properties.store} does. */
class PropertiesTextProperties {

  @Property(tries = 1000)
  void readsBackAsWrittenWithAnyCharacters(@ForAll @Size(max = 8) Map<@StringLength(max = 12) String,
      @StringLength(max = 20) String> entries) throws IOException {
    assertReadsBackAndMatchesStore(entries);
  }

  @Property(tries = 1000)
  void readsBackAsWrittenWithSeparatorsAndBlanks(@ForAll @Size(max = 8) Map<
      @StringLength(max = 8) @Chars({' ', '\t', '\n', '\r', '\f', '\\', '=', ':', '#', '!', 'a', '\u00e9', '\u0001'})
          String,
      @StringLength(max = 12) @Chars({' ', '\t', '\n', '\r', '\f', '\\', '=', ':', '#', '!', 'b', '\u2028'})
      @CharRange(from = '0', to = '9') String> entries) throws IOException {
    assertReadsBackAndMatchesStore(entries);
  }

  private static void assertReadsBackAndMatchesStore(Map<String, String> entries) throws IOException {
    Map<String, String> ordered = new LinkedHashMap<>(entries);
    String text = PropertiesText.of("a comment", ordered);

    Properties read = new Properties();
    read.load(new StringReader(text));
    Map<String, String> readBack = new HashMap<>();
    read.stringPropertyNames().forEach(name -> readBack.put(name, read.getProperty(name)));
    assertThat(readBack).isEqualTo(entries);

    // Line by line what store writes, but for its date comment and its order.
    Properties stored = new Properties();
    stored.putAll(entries);
    StringWriter storedText = new StringWriter();
    stored.store(storedText, "a comment");
    String[] storedLines = storedText.toString().split(System.lineSeparator(), -1);
    String[] ourLines = text.split(System.lineSeparator(), -1);
    assertThat(ourLines[0]).isEqualTo(storedLines[0]);
    assertThat(java.util.Arrays.asList(ourLines).subList(1, ourLines.length))
        .containsExactlyInAnyOrderElementsOf(java.util.Arrays.asList(storedLines).subList(2, storedLines.length));
  }
}
