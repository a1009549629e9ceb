package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A sealed interface made from a schema that other schemas extend with allOf.
 *
 * @param permits every type that implements or extends it, its default record included
 * @param superInterfaces interfaces of its own allOf parents
 * @param defaultRecord the record decoded when the schema itself is used as a type, or null
 * @param nested inline types of its properties, shared by its implementors
 */
public record InterfacePlan(
    ClassName name,
    String javadoc,
    List<Accessor> accessors,
    List<ClassName> superInterfaces,
    List<ClassName> permits,
    RecordPlan defaultRecord,
    List<TypePlan> nested)
    implements TypePlan {

  public record Accessor(String name, TypeName type, String javadoc) {}

  public InterfacePlan {
    accessors = List.copyOf(accessors);
    superInterfaces = List.copyOf(superInterfaces);
    permits = List.copyOf(permits);
    nested = List.copyOf(nested);
  }
}
