package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Small helper types the generated code shares, and what every model type carries.
 *
 * @param eventPattern the interface every event-pattern enum implements (with the matching logic),
 *     or null when the spec has no event patterns
 * @param modelAnnotations the user's annotations for every model type, in the order given
 */
public record SupportPlan(ClassName eventPattern, List<ModelAnnotation> modelAnnotations) {
  public SupportPlan {
    modelAnnotations = List.copyOf(modelAnnotations);
  }

  public SupportPlan(ClassName eventPattern) {
    this(eventPattern, List.of());
  }
}
