package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    return Fingerprint.of(request, files, version);
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
        withRead(base, base.read().withDisplayPath("shop.yaml")),
        withRead(base, base.read().withAllowRemoteRefs(true)),
        withRead(base, base.read().withLimits(LoadLimits.defaults().withMaxBytes(1000))),
        new Generator.Request(base.read(), base.options(), dir.resolve("elsewhere")));
    assertThat(changed).allSatisfy(request -> assertThat(of(request, "1.0")).get().isNotEqualTo(digest));
  }

  @Test
  void aMissingFileCannotBeFingerprinted() {
    files = List.of(project.spec.toUri(), dir.resolve("gone.yaml").toUri());
    assertThat(of(project.request(), "1.0")).isEmpty();
  }

  @Test
  void aRemoteFileCannotBeFingerprinted() {
    files = List.of(project.spec.toUri(), URI.create("https:/specs/schemas.yaml"));
    assertThat(of(project.request(), "1.0")).isEmpty();
  }

  private static Generator.Request withOptions(Generator.Request request, GenerationOptions options) {
    return new Generator.Request(request.read(), options, request.outputDirectory());
  }

  private static Generator.Request withRead(Generator.Request request, ReadRequest read) {
    return new Generator.Request(read, request.options(), request.outputDirectory());
  }
}
