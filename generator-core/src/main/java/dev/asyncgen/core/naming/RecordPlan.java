package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A record for an object schema (an allOf already flattened).
 *
 * @param interfaces the interfaces made from its allOf parents
 * @param nested types declared inside it: inline enums, event-pattern enums, inline objects
 * @param unknownProperties what decoding does with properties the schema does not name
 * @param additionalProperties the component that keeps unnamed properties, or null
 * @param eventViews typed views over event-name components
 * @param builder the names of its builder, or null when it has none
 */
public record RecordPlan(
    ClassName name,
    String javadoc,
    List<ComponentPlan> components,
    List<ClassName> interfaces,
    List<TypePlan> nested,
    UnknownProperties unknownProperties,
    AdditionalPropertiesPlan additionalProperties,
    List<EventViewPlan> eventViews,
    BuilderPlan builder)
    implements TypePlan {

  public enum UnknownProperties {
    /** The schema does not say: skip them, so that a server adding a field breaks nobody. */
    IGNORE,
    /** {@code additionalProperties: false}: decoding fails on them. */
    FAIL,
    /** Kept in {@link #additionalProperties()}. */
    KEEP
  }

  /** The map component that keeps unnamed properties; {@code valueType} is its map's value type. */
  public record AdditionalPropertiesPlan(String name, TypeName valueType) {}

  /**
   * A builder nested in the record ({@code --builders}).
   *
   * @param name the nested class
   * @param factory the static method that starts one empty
   * @param copy the method that starts one with the record's values
   */
  public record BuilderPlan(ClassName name, String factory, String copy) {}

  /** A record without a builder. */
  public RecordPlan(
      ClassName name,
      String javadoc,
      List<ComponentPlan> components,
      List<ClassName> interfaces,
      List<TypePlan> nested,
      UnknownProperties unknownProperties,
      AdditionalPropertiesPlan additionalProperties,
      List<EventViewPlan> eventViews) {
    this(name, javadoc, components, interfaces, nested, unknownProperties, additionalProperties, eventViews, null);
  }

  public RecordPlan {
    components = List.copyOf(components);
    interfaces = List.copyOf(interfaces);
    nested = List.copyOf(nested);
    eventViews = List.copyOf(eventViews);
  }
}
