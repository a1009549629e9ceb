package dev.asyncgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The annotations generated code uses. Generated models need only the JDK and jackson-annotations,
 * which Jackson 2 and Jackson 3 databind both read: no databind annotation is written. */
final class Annotations {
  static final String JACKSON = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_IGNORE = ClassName.get(JACKSON, "JsonIgnore");
  static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
  static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");

  static final AnnotationSpec GENERATED = AnnotationSpec.builder(
          ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", "dev.asyncgen")
      .build();

  private Annotations() {}
}
