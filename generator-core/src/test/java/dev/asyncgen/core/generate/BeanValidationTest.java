package dev.asyncgen.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostic;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --bean-validation}: constraints from the schema, checked by Hibernate Validator on generated records. */
class BeanValidationTest {
  private static ClassLoader greenhouse;

  @BeforeAll
  static void compile() {
    greenhouse = GeneratedCode.compileWithValidation(Greenhouse.generate(true, true).files(), Greenhouse.PROBE);
  }

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    OptionGoldens.assertMatches("bean-validation", Greenhouse.generate(true, false).files());
  }

  @Test
  void appwriteWithBothOptionsMatchesItsGoldenFilesAndCompilesStrictly() throws IOException {
    SourceGenerator.Sources sources = Greenhouse.appwrite(true, true);
    OptionGoldens.assertMatches("appwrite-realtime-validation-builders", sources.files());
    GeneratedCode.compileWithValidation(sources.files(), "probes/io/appwrite/realtime/AppwriteUsage.java");
  }

  @Test
  void withoutTheOptionNothingNeedsJakarta() {
    Greenhouse.generate(false, true).files().forEach((path, text) -> assertFalse(text.contains("jakarta."), path));
  }

  @Test
  void notNullOnlyWhereTheRecordRefusesNull() {
    String enforced = Greenhouse.generate(true, false).files().get("com/example/greenhouse/Reading.java");
    assertTrue(enforced.contains("@NotNull @Size(min = 1, max = 36)"), enforced);
    String lenient = SourceGenerator.generate(ReadRequest.of(Greenhouse.SPEC),
        Greenhouse.options(true, false).withEnforceRequired(false)).files().get("com/example/greenhouse/Reading.java");
    assertFalse(lenient.contains("@NotNull"), lenient);
    assertTrue(lenient.contains("@Size(min = 1, max = 36)"), lenient);
  }

  @Test
  void aPatternJavaCannotReadIsAPositionedWarningAndNoAnnotation() {
    SourceGenerator.Sources sources = Greenhouse.generate(true, false);
    assertEquals(List.of("validation-builders.yaml:139:11: warning: the pattern '[^]' of 'code' is not a regular"
            + " expression Java reads (Unclosed character class): no @Pattern for it"),
        sources.warnings().stream().map(Diagnostic::toString).filter(w -> w.contains("no @Pattern")).toList());
    assertTrue(sources.files().get("com/example/greenhouse/Zone.java").contains("@JsonProperty(\"code\") String code"));
  }

  @Test
  void everyKindOfConstraintIsFound() throws Throwable {
    Object invalid = GeneratedCode.call(greenhouse, Greenhouse.PACKAGE + ".GreenhouseUsage", "invalid");
    assertEquals(List.of(
            "celsius: must be less than 1000",
            "count: must be greater than or equal to 0",
            "grid[0].<list element>[0].<list element>: must be less than or equal to 9",
            "id: must match \"^[a-z0-9-]+$\"",
            "label: must match \"(?s:.*)(?:temp|probe)(?s:.*)\"",
            "ratio: must be greater than 0",
            "sensor.name: size must be between 0 and 20",
            "sensors[0].points[0].x: must be greater than or equal to 0",
            "tags[0].<list element>: size must be between 0 and 10"),
        violations(invalid));
  }

  @Test
  void validValuesPassAndAnUnanchoredPatternMatchesAnywhere() throws Throwable {
    Object everything = GeneratedCode.call(greenhouse, Greenhouse.PACKAGE + ".GreenhouseUsage", "everything");
    assertEquals(List.of(), violations(everything));
    Object zone = GeneratedCode.call(greenhouse, Greenhouse.PACKAGE + ".GreenhouseUsage", "zone");
    assertEquals(List.of(), violations(zone));
  }

  /** The spec's invalid examples fail as its own example check says (generate warns about the same three). */
  @Test
  void theSpecsExamplesAreReportedAsTheSchemaJudgesThem() {
    var api = SpecReader.read(ReadRequest.of(Greenhouse.SPEC)).api();
    Map<String, List<String>> report = ValidatedExamples.report(api, greenhouse, Greenhouse.PACKAGE);
    assertEquals(List.of("Reading/badId", "Reading/tooManyTags", "Reading/valid"), List.copyOf(report.keySet()));
    assertEquals(Map.of(
            "Reading/badId", List.of("celsius: must be less than 1000", "id: must match \"^[a-z0-9-]+$\""),
            "Reading/tooManyTags", List.of("tags: size must be between 1 and 5")),
        ValidatedExamples.failures(report));
  }

  /**
   * Every Appwrite example decodes and validates but one: upstream's AccountEvent example writes
   * {@code email: [email protected]}, which YAML reads as a list where the schema says string (see
   * {@code AppwriteJacksonTest}). Reported, not hidden: when upstream fixes it, this test says so.
   */
  @Test
  void appwriteExamplesValidateButTheKnownFlawedOne() {
    ClassLoader appwrite = GeneratedCode.compileWithValidation(Greenhouse.appwrite(true, false).files());
    var api = SpecReader.read(ReadRequest.of(GeneratedCode.APPWRITE)).api();
    Map<String, List<String>> report = ValidatedExamples.report(api, appwrite, GeneratedCode.APPWRITE_PACKAGE);
    assertEquals(6, report.size(), report.keySet().toString());
    Map<String, List<String>> failures = ValidatedExamples.failures(report);
    assertEquals(List.of("AccountEvent/accountUpdateName"), List.copyOf(failures.keySet()), failures.toString());
    assertTrue(failures.get("AccountEvent/accountUpdateName").get(0)
        .startsWith("does not decode: Cannot deserialize value of type `java.lang.String` from Array value"),
        failures.toString());
  }

  private static List<String> violations(Object value) {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(Locale.ENGLISH).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(value).stream()
          .map((ConstraintViolation<Object> v) -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }
  }
}
