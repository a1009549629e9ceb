package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.incremental.Fingerprint;
import dev.asyncgen.core.incremental.RunRecord;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir
  Path dir;

  TestProject project;
  List<URI> files;
  String digest;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
    files = SpecReader.read(project.request().read()).api().files().stream().map(SourceFile::uri).toList();
    digest = of(project.request(), "1.0").orElseThrow();
  }

  private Optional<String> of(Generator.Request request, String version) {
    try {
      return Fingerprint.of(request, Fingerprint.readNow(unvouched(files), LoadLimits.DEFAULT_MAX_BYTES), version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files known by URI alone, so that each is read and hashed. */
  private static List<RunRecord.SpecFile> unvouched(List<URI> files) {
    return files.stream().map(uri -> new RunRecord.SpecFile(uri, "unknown", -1, -1)).toList();
  }

  @Test
  void theReaderReportsTheRootAndTheRefdFile() throws IOException {
    assertThat(files).containsExactly(project.spec.toRealPath().toUri(), project.schemas.toRealPath().toUri());
  }

  @Test
  void sameInputsGiveTheSameDigest() {
    assertThat(of(project.request(), "1.0")).contains(digest);
    assertThat(digest).matches("[0-9a-f]{64}");
  }

  @Test
  void changesWithTheRootFile() {
    TestProject.write(project.spec, TestProject.SPEC + "\n# a comment\n");
    assertThat(of(project.request(), "1.0")).get().isNotEqualTo(digest);
  }

  @Test
  void changesWithARefdFile() {
    TestProject.write(project.schemas, TestProject.SCHEMAS.replace("orderId", "order"));
    assertThat(of(project.request(), "1.0")).get().isNotEqualTo(digest);
  }

  @Test
  void changesWithTheGeneratorVersion() {
    assertThat(of(project.request(), "1.1")).get().isNotEqualTo(digest);
  }

  @Test
  void describesARequestAsItsToStringDoes() {
    // toString() names every component of every record, including ones added later.
    Generator.Request request = project.request();
    assertThat(Fingerprint.describe(request)).isEqualTo(request.toString()).contains("maxBytes=");
  }

  @Test
  void changesWithEveryOption() {
    Generator.Request base = project.request();
    List<Generator.Request> changed = List.of(
        project.request("com.example.other"),
        withOptions(base, base.options().withDateTimeType(DateTimeType.INSTANT)),
        withOptions(base, base.options().withEnforceRequired(false)),
        withOptions(base, base.options().withClosedEnums(true)),
        withOptions(base, base.options().withRealtime(true)),
        withRead(base, base.read().withDisplayPath("shop.yaml")),
        withRead(base, base.read().withAllowRemoteRefs(true)),
        withRead(base, base.read().withLimits(LoadLimits.defaults().withMaxBytes(1000))),
        new Generator.Request(base.read(), base.options(), dir.resolve("elsewhere")));
    assertThat(changed).allSatisfy(request -> assertThat(of(request, "1.0")).get().isNotEqualTo(digest));
  }

  @Test
  void aMissingFileIsNamedAsMissing() {
    files = List.of(project.spec.toUri(), dir.resolve("gone.yaml").toUri());

    assertThatThrownBy(() -> Fingerprint.readNow(unvouched(files), LoadLimits.DEFAULT_MAX_BYTES)).isInstanceOf(IOException.class)
        .hasMessage("spec file " + dir.resolve("gone.yaml") + " no longer exists");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed test
  void aSpecFileThatBecameAFifoIsNamedNotReadForever() throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    files = List.of(project.spec.toUri(), fifo.toUri());

    assertThatThrownBy(() -> Fingerprint.readNow(unvouched(files), LoadLimits.DEFAULT_MAX_BYTES))
        .isInstanceOf(IOException.class)
        .hasMessage("spec file " + fifo + " is not a regular file any more");
  }

  @Test
  void aSpecFileThatGrewPastTheLimitIsNotRead() {
    assertThatThrownBy(() -> Fingerprint.readNow(unvouched(files), 10)).isInstanceOf(IOException.class)
        .hasMessage("spec file " + project.spec + " is larger than the limit of 10 bytes");
  }

  @Test
  void aRemoteFileCannotBeFingerprinted() {
    List<ReadFile> inputs = List.of(new ReadFile(project.spec.toUri(), "0".repeat(64)),
        new ReadFile(URI.create("https:/specs/schemas.yaml"), "0".repeat(64)));

    assertThat(Fingerprint.of(project.request(), inputs, "1.0")).isEmpty();
  }

  private static Generator.Request withOptions(Generator.Request request, GenerationOptions options) {
    return new Generator.Request(request.read(), options, request.outputDirectory());
  }

  private static Generator.Request withRead(Generator.Request request, ReadRequest read) {
    return new Generator.Request(read, request.options(), request.outputDirectory());
  }
}
