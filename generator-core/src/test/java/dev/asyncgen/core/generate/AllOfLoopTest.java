package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** allOf loops would be cyclic inheritance in Java: a positioned error naming the loop, never javac's. */
class AllOfLoopTest {
  @TempDir
  Path folder;

  private static String spec(String schemas) {
    return Specs.HEADER + """
        channels:
          a:
            subscribe:
              message:
                payload: {$ref: '#/components/schemas/A'}
        components:
          schemas:
        """ + schemas;
  }

  private static String allOf(String name, String parent, String property) {
    return "    " + name + ":\n      allOf:\n        - $ref: '#/components/schemas/" + parent + "'\n"
        + "        - type: object\n          properties: {" + property + ": {type: string}}\n";
  }

  @Test
  void twoSchemasExtendingEachOtherAreALoop() {
    Path spec = folder.resolve("two.yaml");
    assertThat(LimitErrors.of(spec, spec(allOf("A", "B", "x") + allOf("B", "A", "y")))).containsExactly(
        spec.getFileName() + ":13:7: error: schema 'A' extends itself through allOf (A -> B -> A): a Java type"
            + " cannot inherit from itself (cyclic inheritance)");
  }

  @Test
  void aSchemaExtendingItselfIsALoop() {
    Path spec = folder.resolve("self.yaml");
    assertThat(LimitErrors.of(spec, spec(allOf("A", "A", "x")))).containsExactly(
        spec.getFileName() + ":13:7: error: schema 'A' extends itself through allOf (A -> A): a Java type cannot"
            + " inherit from itself (cyclic inheritance)");
  }

  @Test
  void aLongerLoopIsReportedOnceWhereItIsEntered() {
    Path spec = folder.resolve("longer.yaml");
    String schemas = allOf("A", "B", "a") + allOf("B", "C", "b") + allOf("C", "D", "c") + allOf("D", "B", "d");
    assertThat(LimitErrors.of(spec, spec(schemas))).containsExactly(
        spec.getFileName() + ":18:7: error: schema 'B' extends itself through allOf (B -> C -> D -> B): a Java"
            + " type cannot inherit from itself (cyclic inheritance)");
  }

  @Test
  void aChainAndADiamondWithoutALoopCompile() {
    String schemas = allOf("A", "B", "a") + allOf("B", "D", "b") + allOf("C", "D", "c")
        + "    E:\n      allOf:\n        - $ref: '#/components/schemas/B'\n        - $ref: '#/components/schemas/C'\n"
        + "    D:\n      type: object\n      properties: {d: {type: string}}\n";
    LimitErrors.compile(folder.resolve("diamond.yaml"), spec(schemas));
  }
}
