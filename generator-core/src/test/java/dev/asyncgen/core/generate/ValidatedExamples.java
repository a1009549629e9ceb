package dev.asyncgen.core.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.MessageExample;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.naming.JavaIdentifiers;
import jakarta.validation.ConstraintViolation;
import org.hibernate.validator.HibernateValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes every message example of a spec into the record generated for its payload and validates it with Hibernate
 * Validator: what fails, by example ({@code Message/example}), as lines a test asserts.
 */
public final class ValidatedExamples {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private ValidatedExamples() {}

  /**
   * The report: each example whose payload is a named schema generated as a class of {@code packageName}, with the
   * problems found (empty when it decodes and validates). Examples of other payloads are not in it.
   */
  public static Map<String, List<String>> report(AsyncApi api, ClassLoader loader, String packageName) {
    Map<String, List<String>> report = new TreeMap<>();
    // English messages whatever the machine's locale, so that the report is the same everywhere.
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(Locale.ENGLISH).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (Message message : api.messages().values()) {
        Class<?> type = payloadClass(message, loader, packageName);
        if (type == null) {
          continue;
        }
        for (MessageExample example : message.examples()) {
          report.put(message.key() + "/" + example.name(), problems(validator, type, example.payload()));
        }
      }
    }
    return report;
  }

  /** Only the examples with problems. */
  public static Map<String, List<String>> failures(Map<String, List<String>> report) {
    Map<String, List<String>> failures = new TreeMap<>();
    report.forEach((example, problems) -> {
      if (!problems.isEmpty()) {
        failures.put(example, problems);
      }
    });
    return failures;
  }

  private static Class<?> payloadClass(Message message, ClassLoader loader, String packageName) {
    if (!(message.payload() instanceof ReferenceSchema reference)) {
      return null;
    }
    try {
      return loader.loadClass(packageName + "." + JavaIdentifiers.pascalCase(reference.name()));
    } catch (ClassNotFoundException notAClass) {
      return null; // an alias (a String, a List) or a name the naming stage changed
    }
  }

  private static List<String> problems(Validator validator, Class<?> type, Object payload) {
    Object decoded;
    try {
      decoded = MAPPER.convertValue(payload, type);
    } catch (IllegalArgumentException failed) {
      String reason = failed.getMessage();
      return List.of("does not decode: " + reason.substring(0, reason.indexOf('\n') < 0 ? reason.length()
          : reason.indexOf('\n')));
    }
    List<String> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(decoded)) {
      problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    problems.sort(null);
    return problems;
  }
}
