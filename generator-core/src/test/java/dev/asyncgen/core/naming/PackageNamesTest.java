package dev.asyncgen.core.naming;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Packages of the JDK are refused: code generated into java.lang does not compile. */
class PackageNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"java", "java.lang", "java.util.events", "javax", "javax.events"})
  void jdkPackagesAreRefused(String name) {
    String top = name.startsWith("javax") ? "javax" : "java";

    assertThatThrownBy(() -> PackageNames.check(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + name + "' is in " + top + ".*, which belongs to the JDK (code generated there does not"
            + " compile); choose a package of your own, such as com.example.events");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javafx2.events", "com.java.lang", "io.javax", "Java.lang"})
  void packagesThatOnlyLookLikeTheJdksAreFine(String name) {
    assertThatCode(() -> PackageNames.check(name)).doesNotThrowAnyException();
  }
}
