package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-compat Mojo run directly, against a baseline that has {@code Order.note}, which the spec dropped. */
class CheckCompatMojoTest {
  @TempDir
  Path dir;

  TestProject project;
  List<String> log = new ArrayList<>();

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/shop.yaml"), TestProject.SPEC);
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/schemas.yaml"), TestProject.SCHEMAS.replace(
        "    id:\n      type: string\n", "    id:\n      type: string\n    note:\n      type: string\n"));
  }

  private CheckCompatMojo mojo() {
    MavenProject mavenProject = new MavenProject();
    mavenProject.setFile(dir.resolve("pom.xml").toFile());
    CheckCompatMojo mojo = new CheckCompatMojo();
    mojo.inputSpec = new File("src/main/asyncapi/shop.yaml");
    mojo.baselineSpec = new File("src/main/asyncapi/baseline/shop.yaml");
    mojo.acceptedChanges = dir.resolve("src/main/asyncapi/accepted-changes.txt").toFile();
    mojo.failOn = "ERR";
    mojo.dateTimeType = "OffsetDateTime";
    mojo.enforceRequired = true;
    mojo.maxSpecSize = 16 * 1024 * 1024;
    mojo.project = mavenProject;
    mojo.setLog(new RecordingLog(log));
    return mojo;
  }

  @Test
  void anUnacceptedBreakingChangeFailsWithTheLinesToAcceptIt() {
    MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());
    assertThat(failure.getMessage()).matches("""
        asyncgen: src/main/asyncapi/shop.yaml has 1 unaccepted change\\(s\\) at ERR or worse against the baseline \
        src/main/asyncapi/baseline/shop.yaml:
        src/main/asyncapi/baseline/schemas.yaml:7:5: ERR PROPERTY_REMOVED Order.note: property removed \
        \\(reaches orders\\)
        Adapt to them, or accept them by adding these lines to src/main/asyncapi/accepted-changes.txt \\(say why\\):
        [0-9a-f]{12} PROPERTY_REMOVED Order.note""");
  }

  @Test
  void anAcceptedChangePassesAndAStaleOneWarns() throws Exception {
    String acceptLine = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute()).getMessage()
        .lines().reduce((first, second) -> second).orElseThrow();
    TestProject.write(dir.resolve("src/main/asyncapi/accepted-changes.txt"),
        "# accepted\n" + acceptLine + ": nobody reads it\n0123456789ab long gone\n");
    log.clear();

    mojo().execute();

    assertThat(log).containsExactly(
        "[WARNING] src/main/asyncapi/accepted-changes.txt:3:1: this accepted change matches no change any more;"
            + " remove the line",
        "[INFO] src/main/asyncapi/baseline/schemas.yaml:7:5: ERR PROPERTY_REMOVED Order.note: property removed"
            + " (reaches orders) (accepted)",
        "[INFO] asyncgen: src/main/asyncapi/baseline/shop.yaml -> src/main/asyncapi/shop.yaml: 1 finding: 1 ERR,"
            + " 0 WARN, 0 INFO, none unaccepted at ERR or worse");
  }

  @Test
  void failOnNoneOnlyReports() throws Exception {
    CheckCompatMojo mojo = mojo();
    mojo.failOn = "none";
    mojo.execute();
    assertThat(log).last().asString().endsWith("1 finding: 1 ERR, 0 WARN, 0 INFO");
  }

  @Test
  void aBadFailOnIsNamed() {
    CheckCompatMojo mojo = mojo();
    mojo.failOn = "SOMETIMES";
    assertThat(catchThrowableOfType(MojoFailureException.class, mojo::execute))
        .hasMessage("asyncgen: <failOn>: 'SOMETIMES' is not one of ERR, WARN, INFO, NONE");
  }

  @Test
  void aBrokenSpecFailsWithItsPosition() {
    TestProject.write(project.spec, TestProject.BROKEN_SPEC);
    MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());
    assertThat(failure.getMessage()).startsWith("asyncgen could not compare src/main/asyncapi/shop.yaml with its"
        + " baseline src/main/asyncapi/baseline/shop.yaml:\nsrc/main/asyncapi/shop.yaml:10:");
  }

  /** {@link TestProject#SPEC} in AsyncAPI 3.0: the application sends orders and refunds. */
  private static final String SPEC_3 = """
      asyncapi: 3.0.0
      info:
        title: Shop
        version: 1.0.0
      channels:
        orders:
          address: orders
          messages:
            order:
              payload:
                $ref: 'schemas.yaml#/Order'
        refunds:
          address: refunds
          messages:
            refund:
              payload:
                $ref: 'schemas.yaml#/Refund'
      operations:
        sendOrder:
          action: send
          channel:
            $ref: '#/channels/orders'
        sendRefund:
          action: send
          channel:
            $ref: '#/channels/refunds'
      """;

  @Test
  void anAsyncApi3PairFailsOnTheSameBreakingChange() {
    TestProject.write(project.spec, SPEC_3);
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/shop.yaml"), SPEC_3);

    MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());

    assertThat(failure.getMessage()).contains("\nsrc/main/asyncapi/baseline/schemas.yaml:7:5: ERR PROPERTY_REMOVED"
        + " Order.note: property removed (reaches orders)\n");
  }

  @Test
  void anAsyncApi3SpecAgainstItsAsyncApi2BaselineFindsOnlyWhatChanged() throws Exception {
    TestProject.write(project.spec, SPEC_3);
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/schemas.yaml"), TestProject.SCHEMAS);

    mojo().execute();

    assertThat(log).containsExactly("[INFO] asyncgen: src/main/asyncapi/baseline/shop.yaml ->"
        + " src/main/asyncapi/shop.yaml: 0 findings: 0 ERR, 0 WARN, 0 INFO, none unaccepted at ERR or worse");
  }

  @Test
  void anOperationTheApplicationReceivesRemovedFromAnAsyncApi3SpecBreaksGeneratedSenders() {
    String receiving = SPEC_3.replace("action: send", "action: receive");
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/shop.yaml"), receiving);
    TestProject.write(dir.resolve("src/main/asyncapi/baseline/schemas.yaml"), TestProject.SCHEMAS);
    TestProject.write(project.spec, receiving.substring(0, receiving.indexOf("  sendRefund:")));

    MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());

    assertThat(failure.getMessage()).contains("\nsrc/main/asyncapi/baseline/shop.yaml:23:3: ERR OPERATION_REMOVED"
        + " refunds receive sendRefund: operation removed\n");
  }

  @Test
  void theSpecsAreReadWithinMaxSpecSizeLikeGenerateReadsThem() {
    CheckCompatMojo mojo = mojo();
    mojo.maxSpecSize = 100;
    MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
    assertThat(failure.getMessage()).startsWith("asyncgen could not compare src/main/asyncapi/shop.yaml with its"
        + " baseline src/main/asyncapi/baseline/shop.yaml:\n").contains("100 bytes");
  }

  @Test
  void skipDoesNothing() throws Exception {
    TestProject.write(project.spec, TestProject.BROKEN_SPEC);
    CheckCompatMojo mojo = mojo();
    mojo.skip = true;
    mojo.execute();
    assertThat(log).containsExactly("[INFO] asyncgen: compatibility check skipped");
  }
}
