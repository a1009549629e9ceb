package dev.asyncgen.core.naming;

import com.palantir.javapoet.TypeName;

/**
 * One record component.
 *
 * @param name the Java name ({@code id} for {@code $id})
 * @param jsonName the property name on the wire
 * @param required whether decoding and construction insist on a value
 * @param dateTime whether the type is a {@code java.time} type that must be written as a string
 * @param collection whether the value is a List or Map, copied into an unmodifiable one
 * @param constraints its {@code jakarta.validation} constraints; none without {@code --bean-validation}
 */
public record ComponentPlan(
    String name, String jsonName, TypeName type, boolean required, boolean dateTime, Collection collection,
    String javadoc, Constraints constraints) {

  public ComponentPlan {
    java.util.Objects.requireNonNull(constraints, "constraints");
  }

  /** A component without constraints. */
  public ComponentPlan(
      String name, String jsonName, TypeName type, boolean required, boolean dateTime, Collection collection,
      String javadoc) {
    this(name, jsonName, type, required, dateTime, collection, javadoc, Constraints.NONE);
  }

  public enum Collection {
    NONE,
    LIST,
    MAP
  }

  /** The message of the null check of a required component: spec text in a string constant, so planned here. */
  public String missingMessage() {
    return jsonName + " is required";
  }
}
