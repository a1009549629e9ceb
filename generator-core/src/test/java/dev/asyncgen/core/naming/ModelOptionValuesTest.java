package dev.asyncgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values of the model options refused before any spec is read, with the words the CLI and the plugin print. */
class ModelOptionValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"Account", "com..Account", "com.example.1Account", "com.class.Account", "", "com.example.",
      "com.example.Account;", "com.example.Account<T>", "Outer.Inner"})
  void aClassNameThatIsNotAQualifiedJavaNameIsRefused(String className) {
    assertThatThrownBy(() -> ModelOptions.DEFAULTS.withSchemaMappings(Map.of("Account", className)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Account: '" + className + "' is not a fully qualified Java class name");
  }

  @Test
  void nestedClassesAreNamedByTheirCapitals() {
    assertThat(JavaTypeNames.className("com.example.Outer.Inner").canonicalName()).isEqualTo("com.example.Outer.Inner");
    assertThat(JavaTypeNames.className("com.example.Outer.Inner").packageName()).isEqualTo("com.example");
    assertThat(JavaTypeNames.className("com.example.money").simpleName()).isEqualTo("money");
  }

  @Test
  void anUnknownTypeMappingKeyIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> ModelOptions.DEFAULTS.withTypeMappings(Map.of("datetime", "java.time.Instant")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'datetime' is not a JSON Schema type or format asyncgen maps; known keys: string, integer,"
            + " number, boolean, date-time, date, time, duration, uuid, uri, uri-reference, email, hostname, ipv4,"
            + " ipv6, byte, binary, password, int32, int64, float, double");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1Api", "Api-", "Api Dto", "Api.", "A\u202eB"})
  void aPrefixThatCannotStartATypeNameIsRefused(String prefix) {
    assertThatThrownBy(() -> ModelOptions.DEFAULTS.withModelNamePrefix(prefix))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Java type name");
  }

  @Test
  void aSuffixMayStartWithADigitButNotHoldAHyphen() {
    assertThat(ModelOptions.DEFAULTS.withModelNameSuffix("V2").modelNameSuffix()).isEqualTo("V2");
    assertThat(ModelOptions.DEFAULTS.withModelNameSuffix("2").modelNameSuffix()).isEqualTo("2");
    assertThatThrownBy(() -> ModelOptions.DEFAULTS.withModelNameSuffix("-dto"))
        .hasMessage("'-dto' cannot be part of a Java type name (as its suffix): '-' is not allowed in one");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RegisterForReflection", "@", "@1a", "@a.class.B", "@A(", "@A)", "@A(1))", "@A(1) class X {} @B(2)",
      "@A(\"x)", "@A('ab')", "@A('')", "@A(\"\\q\")", "@A(1); class X {}", "@A(1 // )", "@A(/* ) */ 1)",
      "@A(\"\"\"\nx\"\"\")", "@A(\"\\u0022)\")", "@A(\n1)", "@A({)})", "@A(x = {1, 2)", "@A B", "@A.",
      "@A(\"\u202e\")", "@A(new Object())", "@A(x = 1 +)", "@A(int)", "@A(a b)", "@A(1_)", "@A(x -> x)",
      "@A(\\u0029)", "@A(#)", "@A(x = 1, 2)", "@A(this)", "@A(a.class.b)"})
  void aMalformedAnnotationIsRefused(String annotation) {
    assertThatThrownBy(() -> ModelOptions.DEFAULTS.withModelAnnotations(List.of(annotation)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a Java annotation: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "@io.quarkus.runtime.annotations.RegisterForReflection", "@Deprecated", "@lombok.Builder()",
      "@com.example.A(\"x ) ; // \\\" }\")", "@com.example.A(c = ')', d = '\\'', f = {1, 2,}, g = {})",
      "@com.example.A(@com.example.B(x = \"(\"))", "@com.example.A(value = \"\\0\\12\\377\")",
      "@com.example.A(type = java.util.List[].class, n = -(1 + 2) * 0x1F >>> 2L, b = !true ? 1.5e3f : .5,"
          + " s = \"a\" + com.example.C.NAME, p = int.class)"})
  void wellFormedAnnotationsAreKept(String annotation) {
    ModelAnnotation parsed = ModelAnnotation.parse(annotation);
    assertThat(parsed.type().simpleName()).isNotEmpty();
  }

  @Test
  void theArgumentsAreTheTextBetweenTheParentheses() {
    ModelAnnotation parsed = ModelAnnotation.parse("  @com.example.A( x = \"(\" , y = 1 )  ");
    assertThat(parsed.type().canonicalName()).isEqualTo("com.example.A");
    assertThat(parsed.arguments()).isEqualTo("x = \"(\" , y = 1");
    assertThat(ModelAnnotation.parse("@A()").arguments()).isEmpty();
  }

  @Test
  void theRefusalSaysWhere() {
    assertThatThrownBy(() -> ModelAnnotation.parse("@A(1) class X {}"))
        .hasMessage("'@A(1) class X {}' is not a Java annotation: expected the end of the annotation at column 7,"
            + " found 'class'");
    assertThatThrownBy(() -> ModelAnnotation.parse("@A(\"x)"))
        .hasMessage("'@A(\"x)' is not a Java annotation: the string literal at column 4 is not closed");
  }
}
