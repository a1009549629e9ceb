package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reviewer reads in the generated code: nothing said or checked twice, lines that fit. */
class GeneratedCodeShapeTest {
  private static final String DIR = GeneratedCode.APPWRITE_PACKAGE.replace('.', '/') + "/";
  private final SortedMap<String, String> appwrite = GeneratedCode.appwrite().files();

  @Test
  void aChannelMethodNamesItsChannelOnlyWhenTheDescriptionDoesNot() throws IOException {
    // Every Appwrite description names its channel ("Channel identifier pattern: files.[FILE_ID]").
    assertThat(appwrite.get(DIR + "Channels.java")).doesNotContain("<p>Channel");
    assertThat(plainSpec().get("com/example/plain/Channels.java")).contains("<p>Channel {@code items/{id}}.");
  }

  @Test
  void eachChannelParameterIsCheckedOnce() {
    String channels = appwrite.get(DIR + "Channels.java");
    for (String parameter : List.of("databaseId", "collectionId", "documentId", "fileId")) {
      assertThat(count(channels, "segment(\"" + parameter + "\"")).as(parameter).isEqualTo(1);
    }
  }

  @Test
  void anEventViewOfARequiredComponentDoesNotCheckItForNull() {
    String envelope = appwrite.get(DIR + "AccountEnvelope.java");
    assertThat(envelope).contains("Objects.requireNonNull(events, \"events is required\")")
        .contains("return Event.matching(events);").doesNotContain("events == null");
  }

  @Test
  void noWildcardOverAFinalClass() {
    appwrite.forEach((path, text) -> assertThat(text).as(path).doesNotContain("? extends String"));
  }

  @Test
  void linesFitIn120Columns() {
    appwrite.forEach((path, text) -> text.lines()
        .forEach(line -> assertThat(line).as(path).hasSizeLessThanOrEqualTo(120)));
  }

  @TempDir
  Path folder;

  private Map<String, String> plainSpec() throws IOException {
    Path spec = Files.writeString(folder.resolve("plain.json"), HostileSpecs.document(List.of("plain")));
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage("com.example.plain")).files();
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
