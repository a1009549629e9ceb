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

  /** Java lets a format character sit in an identifier: U+202E would make the package read as another. */
  @ParameterizedTest
  @ValueSource(strings = {"com.example.\u202eevil", "com.ex\u2066ample", "com.soft\u00adhyphen"})
  void invisibleFormattingCharactersAreRefused(String name) {
    String shown = name.replace("\u202e", "\\u202e").replace("\u2066", "\\u2066");
    assertThatThrownBy(() -> PackageNames.check(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + shown + "' is not a Java package name: it holds U+")
        .hasMessageEndingWith(", an invisible formatting character");
  }
}
