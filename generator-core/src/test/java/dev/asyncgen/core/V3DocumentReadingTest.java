package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import org.junit.jupiter.api.Test;

/** What reading does with AsyncAPI 3.x documents until a 3.x reader exists: their structure is checked. */
class V3DocumentReadingTest {
  private static final String DIR = Specs.DIR + "/v3/";

  @Test
  void checkPassesAValid30DocumentWithOneWarningAtItsVersion() {
    assertThat(SourceGenerator.check(ReadRequest.of(Specs.spec("v3/valid.yaml"))))
        .extracting(Diagnostic::toString)
        .containsExactly(DIR + "valid.yaml:1:11: warning: the structure of this AsyncAPI 3.0.0 document was checked;"
            + " generation from AsyncAPI 3.x is not supported yet (2.x is)");
  }

  @Test
  void checkPassesAValid31Document() {
    assertThat(SourceGenerator.check(ReadRequest.of(Specs.spec("v3/valid-3.1.yaml"))))
        .extracting(Diagnostic::toString)
        .containsExactly(DIR + "valid-3.1.yaml:1:11: warning: the structure of this AsyncAPI 3.1.0 document was"
            + " checked; generation from AsyncAPI 3.x is not supported yet (2.x is)");
  }

  @Test
  void readingForGenerationFailsAtTheVersionField() {
    SpecException e = Specs.readFailing(Specs.spec("v3/valid.yaml"));

    assertThat(Specs.messages(e)).containsExactly(DIR + "valid.yaml:1:11: error: generation from AsyncAPI 3.x is not"
        + " supported yet (2.x is): this 3.0.0 document's structure is valid, as 'asyncgen validate' reports");
  }

  @Test
  void structureErrorsAreReportedAllAtOnceByCheckAndGeneration() {
    SpecException checked = catchThrowableOfType(SpecException.class,
        () -> SourceGenerator.check(ReadRequest.of(Specs.spec("v3/invalid.yaml"))));
    SpecException read = Specs.readFailing(Specs.spec("v3/invalid.yaml"));

    assertThat(Specs.messages(checked)).containsExactly(
        DIR + "invalid.yaml:7:14: error: 'address' in channel 'userSignedUp' must be a string or null, found an"
            + " integer",
        DIR + "invalid.yaml:8:5: error: unknown field 'publish' in channel 'userSignedUp' (allowed: address,"
            + " messages, title, summary, description, servers, parameters, tags, externalDocs, bindings;"
            + " extensions start with x-)",
        DIR + "invalid.yaml:11:13: error: 'action' in operation 'onUserSignedUp' must be send or receive, found"
            + " 'publish'",
        DIR + "invalid.yaml:12:14: error: 'channel' in operation 'onUserSignedUp' must be a Reference Object"
            + " ({$ref: ...}), found a string");
    assertThat(Specs.messages(read)).isEqualTo(Specs.messages(checked));
  }
}
