package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.naming.RealtimePlan;
import java.math.BigDecimal;

/**
 * How a typed binding setter's value is declared and written into the handshake: numbers and booleans as a
 * primitive parameter kept boxed (null: not set), enums by their wire value, numbers without an exponent.
 */
record RealtimeBindingValue(RealtimePlan.ValueKind kind, TypeName parameterType, TypeName fieldType) {

  static RealtimeBindingValue of(RealtimePlan.Setter setter) {
    return switch (setter.kind()) {
      case STRING -> new RealtimeBindingValue(setter.kind(), ClassName.get(String.class), ClassName.get(String.class));
      case INT -> new RealtimeBindingValue(setter.kind(), TypeName.INT, TypeName.INT.box());
      case LONG -> new RealtimeBindingValue(setter.kind(), TypeName.LONG, TypeName.LONG.box());
      case DOUBLE -> new RealtimeBindingValue(setter.kind(), TypeName.DOUBLE, TypeName.DOUBLE.box());
      case BOOLEAN -> new RealtimeBindingValue(setter.kind(), TypeName.BOOLEAN, TypeName.BOOLEAN.box());
      case ENUM -> new RealtimeBindingValue(setter.kind(), setter.values().name(), setter.values().name());
    };
  }

  boolean isPrimitive() {
    return parameterType.isPrimitive();
  }

  /** The expression that turns the (non-null) field into the text the handshake carries. */
  CodeBlock wireText(String field) {
    return switch (kind) {
      case STRING -> CodeBlock.of("$N", field);
      case INT, LONG, BOOLEAN -> CodeBlock.of("$N.toString()", field);
      // 2.0 as "2", 1e10 as "10000000000": what a server parsing a JSON-style number reads back exactly.
      case DOUBLE -> CodeBlock.of("$T.valueOf($N).stripTrailingZeros().toPlainString()", BigDecimal.class, field);
      case ENUM -> CodeBlock.of("$N.value()", field);
    };
  }
}
