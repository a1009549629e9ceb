package dev.asyncgen.maven;

import static dev.asyncgen.maven.Conversions.parameter;

import dev.asyncgen.core.PathOptions;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals read a spec with, declared once: the spec, how it may be read, and the options that
 * shape the generated code (check-compat judges the code generate would make).
 */
abstract class SpecMojo extends AbstractMojo {
  /** The AsyncAPI document (2.0 to 2.6, 3.0 or 3.1), YAML or JSON. Files it {@code $ref}s are read and tracked too. */
  @Parameter(property = "asyncgen.inputSpec", required = true)
  File inputSpec;

  /** Java type of {@code format: date-time} strings: {@code OffsetDateTime}, {@code Instant} or {@code String}. */
  @Parameter(property = "asyncgen.dateTimeType", defaultValue = "OffsetDateTime")
  String dateTimeType;

  /** Whether {@code required} properties are checked when records are decoded or built; if not, every property is optional. */
  @Parameter(property = "asyncgen.enforceRequired", defaultValue = "true")
  boolean enforceRequired;

  /**
   * Whether schema enums become plain Java enums that fail on values the spec does not list, instead of
   * open enums that keep them, and {@code oneOf} interfaces lose their {@code Unknown} alternative.
   */
  @Parameter(property = "asyncgen.closedEnums", defaultValue = "false")
  boolean closedEnums;

  /** Whether {@code http(s)} {@code $ref}s may be fetched. A spec with remote {@code $ref}s is regenerated on every build. */
  @Parameter(property = "asyncgen.allowRemoteRefs", defaultValue = "false")
  boolean allowRemoteRefs;

  /**
   * The folder that file {@code $ref}s must stay in; it must hold the spec. By default the spec's own
   * folder; widen it for specs that share files, as in {@code $ref: ../common/messages.yaml}.
   */
  @Parameter(property = "asyncgen.refRoot")
  File refRoot;

  /** Largest file read (the spec, each file it {@code $ref}s), in bytes: 1 to 1 GiB; the default is 16 MiB. */
  @Parameter(property = "asyncgen.maxSpecSize", defaultValue = "16777216")
  long maxSpecSize;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The project's folder, absolute: paths in messages are relative to it. */
  Path basedir() {
    return project.getBasedir().toPath().toAbsolutePath();
  }

  DateTimeType dateTimeType() throws MojoFailureException {
    return parameter("dateTimeType", () -> DateTimeType.named(dateTimeType));
  }

  /** Reading the spec a parameter names, within this goal's limits; a bad value fails naming the parameter. */
  ReadRequest readRequest(String parameterName, File spec) throws MojoFailureException {
    LoadLimits limits = parameter("maxSpecSize", () -> LoadLimits.defaults().withMaxBytes(maxSpecSize));
    Path path = parameter(parameterName, () -> PathOptions.spec(spec.toPath()));
    ReadRequest request =
        Conversions.readRequest(basedir(), path).withAllowRemoteRefs(allowRemoteRefs).withLimits(limits);
    return refRoot == null ? request
        : parameter("refRoot", () -> request.withRefRoot(basedir().resolve(refRoot.toPath()).normalize()));
  }
}
