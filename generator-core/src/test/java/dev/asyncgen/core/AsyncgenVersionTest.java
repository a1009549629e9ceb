package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsyncgenVersionTest {
  @Test
  void isTheProjectVersionThatMavenFilteredIn() {
    // Surefire runs from target/classes, where there is no jar manifest: the filtered resource must be read.
    assertThat(AsyncgenVersion.current())
        .isNotEqualTo(AsyncgenVersion.DEVELOPMENT_BUILD)
        .isEqualTo(System.getProperty("asyncgen.expectedVersion"));
  }
}
