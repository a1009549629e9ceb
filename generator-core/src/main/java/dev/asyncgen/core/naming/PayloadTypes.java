package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The Java type several payloads share, and that type as the generated code's {@code Class<T>} holds it. */
final class PayloadTypes {
  private PayloadTypes() {}

  /** The one type all of {@code types} are, else {@code Object}. */
  static TypeName shared(Collection<TypeName> types) {
    Set<TypeName> distinct = new LinkedHashSet<>(types);
    return distinct.size() == 1 ? distinct.iterator().next() : ClassName.OBJECT;
  }

  /** A {@code Class<T>} needs a class: a parameterized payload (a List, a Map) is carried as Object. */
  static TypeName asClass(TypeName type) {
    return type instanceof ParameterizedTypeName ? ClassName.OBJECT : type.box();
  }
}
