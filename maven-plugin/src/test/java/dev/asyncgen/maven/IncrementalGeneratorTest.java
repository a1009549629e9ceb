package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.incremental.Fingerprint;
import dev.asyncgen.core.incremental.IncrementalGenerator;
import dev.asyncgen.core.incremental.RunRecord;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.output.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGeneratorTest {
  private static final String PKG = "com/example/shop/";

  @TempDir
  Path dir;

  TestProject project;
  Path recordFile;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
    recordFile = RunRecord.file(project.records, "default");
  }

  private IncrementalGenerator.Outcome run() {
    return run(project.request(), "1.0");
  }

  private IncrementalGenerator.Outcome run(Generator.Request request, String version) {
    return new IncrementalGenerator(recordFile, version).generate(request);
  }

  @Test
  void theFirstRunGeneratesAndRecords() {
    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.reason()).isEqualTo("no earlier run is recorded");
    assertThat(outcome.summary().written())
        .containsExactly(PKG + "Channel.java", PKG + "Channels.java", PKG + "Order.java", PKG + "Refund.java");
    RunRecord record = RunRecord.read(recordFile).orElseThrow();
    assertThat(record.outputs()).extracting(RunRecord.Output::path)
        .containsExactlyElementsOf(outcome.summary().written());
    assertThat(record.specFiles()).hasSize(2);
    assertThat(record.digest()).isPresent();
  }

  @Test
  void theManifestIsWhereCoreWritesIt() {
    run();
    assertThat(project.output.resolve(OutputWriter.MANIFEST)).isRegularFile();
  }

  @Test
  void anUnchangedProjectIsUpToDateAndNoFileIsTouched() throws IOException {
    run();
    Map<String, String> before = project.outputStamps();
    String recordBefore = Files.readString(recordFile);

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.upToDate()).isTrue();
    assertThat(outcome.summary()).isNull();
    assertThat(project.outputStamps()).isEqualTo(before);
    assertThat(Files.readString(recordFile)).isEqualTo(recordBefore);
  }

  @Test
  void aDeletedRefdFileRegeneratesAndReportsIt() throws IOException {
    run();
    Files.delete(project.schemas);

    SpecException error = catchThrowableOfType(SpecException.class, this::run);

    assertThat(error.getMessage()).startsWith("src/main/asyncapi/shop.yaml:10:").contains("does not exist");
  }

  @Test
  void aChangedRefdFileRegenerates() {
    run();
    TestProject.write(project.schemas, TestProject.SCHEMAS.replace("orderId", "order"));

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.reason()).isEqualTo("the spec, a $ref'd file, an option or the generator changed");
    assertThat(outcome.summary().written()).containsExactly(PKG + "Refund.java");
    assertThat(run().upToDate()).isTrue();
  }

  @Test
  void aSpecFileLastChangedWellBeforeTheRunIsKnownByItsSizeAndTime() throws IOException {
    FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    Files.setLastModifiedTime(project.spec, anHourAgo);
    Files.setLastModifiedTime(project.schemas, anHourAgo);
    run();
    assertThat(RunRecord.read(recordFile).orElseThrow().specFiles())
        .allSatisfy(file -> assertThat(file.lastModifiedMillis()).isEqualTo(anHourAgo.toMillis()));

    // As make and rsync take it: the same size and time are the same bytes, which are not read again.
    String sameSize = TestProject.SCHEMAS.replace("orderId", "orderID");
    TestProject.write(project.schemas, sameSize);
    Files.setLastModifiedTime(project.schemas, anHourAgo);
    assertThat(run().upToDate()).isTrue();

    // Any write gives the file a new time: it is read again, and the change regenerates.
    TestProject.write(project.schemas, sameSize);
    assertThat(run().reason()).isEqualTo("the spec, a $ref'd file, an option or the generator changed");
  }

  @Test
  void aSpecFileChangedJustBeforeTheRunIsReadAgainByTheNext() {
    // setUp wrote the files a moment ago: a write during the run could carry the same time.
    run();

    assertThat(RunRecord.read(recordFile).orElseThrow().specFiles())
        .allSatisfy(file -> assertThat(file.size()).isEqualTo(-1));
    assertThat(run().upToDate()).isTrue();
  }

  @Test
  void changedOptionsRegenerate() {
    run();
    IncrementalGenerator.Outcome outcome = run(project.request("com.example.other"), "1.0");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.summary().removed()).hasSize(4);
    assertThat(project.output.resolve(PKG)).doesNotExist();
  }

  @Test
  void anotherGeneratorVersionRegenerates() {
    run();
    IncrementalGenerator.Outcome outcome = run(project.request(), "1.1");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.summary().unchanged()).hasSize(4); // same output: nothing rewritten
  }

  @Test
  void aMissingOutputDirectoryRegenerates() throws IOException {
    run();
    deleteTree(project.output);

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.reason()).isEqualTo("the output directory or its manifest is missing");
    assertThat(outcome.summary().written()).hasSize(4);
  }

  @Test
  void aMissingManifestRegenerates() throws IOException {
    run();
    Files.delete(project.output.resolve(OutputWriter.MANIFEST));

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.reason()).isEqualTo("the output directory or its manifest is missing");
    assertThat(project.output.resolve(OutputWriter.MANIFEST)).isRegularFile();
  }

  @Test
  void aDeletedOrEditedGeneratedFileRegenerates() throws IOException {
    run();
    Files.delete(project.output.resolve(PKG + "Order.java"));
    assertThat(run().summary().written()).containsExactly(PKG + "Order.java");

    // An edited file is left alone, with a warning saying what to do (core's ownership by content).
    Files.writeString(project.output.resolve(PKG + "Refund.java"), "// edited\n");
    IncrementalGenerator.Outcome outcome = run();
    assertThat(outcome.reason()).isEqualTo("generated file " + PKG + "Refund.java was changed or deleted");
    assertThat(outcome.summary().written()).isEmpty();
    assertThat(outcome.warnings()).singleElement().asString().contains("Refund.java was changed since asyncgen");
    assertThat(project.output.resolve(PKG + "Refund.java")).content().isEqualTo("// edited\n");
  }

  @Test
  void aRemovedSchemaAndChannelArePrunedAndNothingElse() throws IOException {
    run();
    Path own = project.output.resolve(PKG + "Notes.txt");
    Files.writeString(own, "mine");
    TestProject.write(project.spec, TestProject.SPEC.substring(0, TestProject.SPEC.indexOf("  refunds:")));

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.summary().removed()).containsExactly(PKG + "Refund.java");
    assertThat(project.output.resolve(PKG + "Refund.java")).doesNotExist();
    assertThat(project.output.resolve(PKG + "Order.java")).exists();
    assertThat(own).hasContent("mine");
  }

  @Test
  void aSpecErrorForgetsTheLastRunSoTheNextRunTriesAgain() {
    run();
    TestProject.write(project.spec, TestProject.BROKEN_SPEC);

    SpecException error = catchThrowableOfType(SpecException.class, this::run);

    assertThat(error).hasMessage("src/main/asyncapi/shop.yaml:10:17: error: $ref target "
        + "src/main/asyncapi/shop.yaml#/components/schemas/Missing does not exist: no 'components' in "
        + "src/main/asyncapi/shop.yaml#");
    assertThat(recordFile).doesNotExist();
    assertThat(project.output.resolve(PKG + "Refund.java")).exists(); // all or nothing: untouched

    TestProject.write(project.spec, TestProject.SPEC);
    assertThat(run().upToDate()).isFalse();
    assertThat(run().upToDate()).isTrue();
  }

  @Test
  void warningsAreKeptForUpToDateRuns() {
    TestProject.write(project.spec, TestProject.SPEC_WITH_WARNING);
    String warning = "src/main/asyncapi/shop.yaml:13:15: warning: oneOf is not supported yet: 'note' is typed as Object";

    assertThat(run().warnings()).containsExactly(warning);
    IncrementalGenerator.Outcome again = run();
    assertThat(again.upToDate()).isTrue();
    assertThat(again.warnings()).containsExactly(warning);
  }

  @Test
  void aRemoteRefIsNeverUpToDate() {
    run();
    RunRecord record = RunRecord.read(recordFile).orElseThrow();
    new RunRecord(Optional.empty(), record.outputDirectory(), record.specFiles(), record.outputs(),
        record.warnings()).write(recordFile);

    assertThat(run().reason()).isEqualTo("the spec has remote $refs, which are fetched again on every build");
  }

  @Test
  void theDigestDescribesTheBytesGeneratedFromInOneRead() throws IOException {
    String edited = TestProject.SCHEMAS + "# edited while the build ran\n";
    // Edits a spec file just before the generator reads it: what it reads is what it generates from.
    IncrementalGenerator editing = new IncrementalGenerator(recordFile, "1.0", request -> {
      TestProject.write(project.schemas, edited);
      return Generator.generate(request);
    });

    editing.generate(project.request());

    RunRecord record = RunRecord.read(recordFile).orElseThrow();
    assertThat(record.digest()).isEqualTo(Fingerprint.of(project.request(),
        Fingerprint.readNow(record.specFiles(), LoadLimits.DEFAULT_MAX_BYTES), "1.0"));
    assertThat(run().upToDate()).as("the output was generated from the file as it is now").isTrue();
  }

  @Test
  void aSpecFileThatCannotBeReadAnyMoreIsTheHonestReason() throws IOException {
    run();
    TestProject.write(project.spec.resolveSibling("more.yaml"), TestProject.SCHEMAS);
    TestProject.write(project.spec, TestProject.SPEC.replace("schemas.yaml", "more.yaml"));
    Path schemas = project.schemas.toRealPath();
    Files.delete(project.schemas);

    IncrementalGenerator.Outcome outcome = run();

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.reason()).isEqualTo("spec file " + schemas + " no longer exists");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
