package dev.asyncgen.maven;

import static dev.asyncgen.maven.Conversions.parameter;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.PathOptions;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.incremental.GeneratorVersion;
import dev.asyncgen.core.incremental.IncrementalGenerator;
import dev.asyncgen.core.incremental.RunRecord;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import dev.asyncgen.core.naming.ModelOptions;
import dev.asyncgen.core.naming.Role;
import dev.asyncgen.core.output.OutputException;
import dev.asyncgen.core.output.WriteSummary;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.build.BuildContext;

/**
 * Generates Java records, enums and a typed channel API from an AsyncAPI 2.x or 3.x document, and adds
 * them to the compile source roots. Regenerates only when the spec, a file it {@code $ref}s, an
 * option or the generator changed; otherwise it touches no file, so nothing is recompiled.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SpecMojo {
  /** Java package of the generated types, e.g. {@code io.appwrite.realtime}. */
  @Parameter(property = "asyncgen.packageName", required = true)
  String packageName;

  /**
   * Source root to generate into. asyncgen replaces or deletes only the files it generated there
   * (listed in {@code .asyncgen/manifest.txt}); give each execution a directory of its own.
   */
  @Parameter(property = "asyncgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/asyncgen")
  File outputDirectory;

  /** Whether to add {@code outputDirectory} to the project's compile source roots. */
  @Parameter(property = "asyncgen.addCompileSourceRoot", defaultValue = "true")
  boolean addCompileSourceRoot;

  /**
   * Whether a typed {@code Realtime} WebSocket client facade is generated too, from the spec's ws server and
   * bindings; the project then needs {@code dev.asyncgen:asyncgen-realtime} as a dependency.
   */
  @Parameter(property = "asyncgen.realtime", defaultValue = "false")
  boolean realtime;

  /**
   * Typed broker clients to generate too, honouring the spec's protocol bindings: a comma-separated list of
   * {@code kafka}, {@code mqtt}, {@code amqp} (facades {@code Kafka}, {@code Mqtt}, {@code Amqp}), or {@code auto}
   * for every one the spec's servers name. The project then needs {@code dev.asyncgen:asyncgen-kafka},
   * {@code -mqtt} or {@code -amqp} as a dependency. None by default.
   */
  @Parameter(property = "asyncgen.bindings", defaultValue = "none")
  String bindings = "none";

  /**
   * Whose side the broker clients take: {@code client} (the default) subscribes to what the documented application
   * sends and publishes what it receives; {@code application} is the mirror, for the service the spec documents.
   */
  @Parameter(property = "asyncgen.role", defaultValue = "client")
  String role = "client";

  /**
   * Existing classes to use instead of generating schemas, by schema name:
   * {@code <schemaMappings><Account>com.example.Account</Account></schemaMappings>}.
   */
  @Parameter
  Map<String, String> schemaMappings = Map.of();

  /**
   * Java types for JSON Schema types or formats: {@code <typeMappings><uuid>java.util.UUID</uuid></typeMappings>}
   * ({@code date-time}, {@code uuid}, {@code integer}, {@code number}...).
   */
  @Parameter
  Map<String, String> typeMappings = Map.of();

  /** Put before the name of every generated model type (not {@code Channels}, {@code Channel} or facades). */
  @Parameter(property = "asyncgen.modelNamePrefix", defaultValue = "")
  String modelNamePrefix = "";

  /** Put after the name of every generated model type, e.g. {@code Dto}. */
  @Parameter(property = "asyncgen.modelNameSuffix", defaultValue = "")
  String modelNameSuffix = "";

  /**
   * Annotations added to every generated model type, as Java source:
   * {@code <modelAnnotations><modelAnnotation>@io.quarkus.runtime.annotations.RegisterForReflection</modelAnnotation></modelAnnotations>}.
   */
  @Parameter
  List<String> modelAnnotations = List.of();

  /**
   * Whether {@code jakarta.validation} constraints are generated from the schemas ({@code @NotNull}, {@code @Size},
   * {@code @Pattern}, {@code @Min}, {@code @Max}, {@code @Valid}...); the project then needs
   * {@code jakarta.validation:jakarta.validation-api}.
   */
  @Parameter(property = "asyncgen.beanValidation", defaultValue = "false")
  boolean beanValidation;

  /** Whether every generated record gets a builder. */
  @Parameter(property = "asyncgen.builders", defaultValue = "false")
  boolean builders;

  /** How {@code Channels} methods are named: {@code address} (the default) or {@code id} (AsyncAPI 3 channel ids). */
  @Parameter(property = "asyncgen.channelNames", defaultValue = "address")
  String channelNames = "address";

  /** Whether warnings about the spec fail the build. */
  @Parameter(property = "asyncgen.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Skips generation altogether; the output directory is then not added as a source root either. */
  @Parameter(property = "asyncgen.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Component
  BuildContext buildContext;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    if (skip) {
      getLog().info("asyncgen: skipped");
      return;
    }
    Path basedir = basedir();
    Generator.Request request = request(basedir);
    IdeFeedback ide = new IdeFeedback(buildContext);
    ide.startingOn(basedir.resolve(inputSpec.toPath()).toFile());
    String output = Conversions.relative(basedir, request.outputDirectory());
    Path records = Path.of(project.getBuild().getDirectory(), "asyncgen");
    String other = SharedOutputCheck.otherOwner(records, otherExecutionIds(), request.outputDirectory()).orElse(null);
    if (other != null) {
      throw new MojoFailureException("asyncgen: executions '" + other + "' and '" + mojoExecution.getExecutionId()
          + "' both generate into " + output + "; give each its own <outputDirectory>"
          + " (if you have just changed one, run mvn clean once)");
    }
    IncrementalGenerator generator = new IncrementalGenerator(
        RunRecord.file(records, mojoExecution.getExecutionId()),
        GeneratorVersion.of(mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion()));
    IncrementalGenerator.Outcome outcome;
    try {
      outcome = generator.generate(request);
    } catch (SpecException e) {
      ide.problems(e.diagnostics());
      // A headline first, so that each file:line:column line shows on a line of its own. Maven
      // prints the message alone; the cause's stack trace only with -e.
      throw new MojoFailureException("asyncgen could not generate from " + request.read().displayPath() + ":\n"
          + e.getMessage(), e);
    } catch (OutputException e) {
      // The spec was fine: the message names the path in the output directory and the reason.
      throw new MojoFailureException("asyncgen could not write " + output + ":\n" + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("asyncgen: " + e.getMessage(), e);
    }
    outcome.warnings().forEach(getLog()::warn);
    if (outcome.upToDate()) {
      // The time is what an unchanged build pays for this plugin; benchmarks/plugin-noop.sh reads it.
      getLog().info(String.format("asyncgen: %s is up to date with %s (%d ms)",
          output, request.read().displayPath(), (System.nanoTime() - start) / 1_000_000));
    } else {
      WriteSummary summary = outcome.summary();
      if (summary.writtenCount() + summary.removedCount() > 0) {
        ide.outputChanged(request.outputDirectory());
      }
      getLog().debug("asyncgen: regenerating because " + outcome.reason());
      getLog().info(String.format("asyncgen: %d written, %d unchanged, %d removed in %s (%d ms)",
          summary.writtenCount(), summary.unchangedCount(), summary.removedCount(), output, outcome.millis()));
    }
    if (failOnWarnings && !outcome.warnings().isEmpty()) {
      throw new MojoFailureException("asyncgen: failOnWarnings is set, and the spec has warnings:\n"
          + String.join("\n", outcome.warnings()));
    }
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(request.outputDirectory().toString());
    }
  }

  /** The same request the CLI builds from its options; a bad option fails before anything is read. */
  private Generator.Request request(Path basedir) throws MojoFailureException {
    DateTimeType type = dateTimeType();
    BrokerProtocol.Selection brokers = parameter("bindings", () -> BrokerProtocol.parse(bindings));
    Role side = parameter("role", () -> Role.named(role));
    ModelOptions model = parameter("channelNames", () -> ModelOptions.DEFAULTS
        .withSchemaMappings(schemaMappings == null ? Map.of() : schemaMappings)
        .withTypeMappings(typeMappings == null ? Map.of() : typeMappings)
        .withModelNamePrefix(modelNamePrefix == null ? "" : modelNamePrefix)
        .withModelNameSuffix(modelNameSuffix == null ? "" : modelNameSuffix)
        .withModelAnnotations(modelAnnotations == null ? List.of() : modelAnnotations)
        .withBeanValidation(beanValidation).withBuilders(builders)
        .withChannelNaming(ModelOptions.ChannelNaming.named(channelNames)));
    GenerationOptions options =
        parameter("packageName", () -> new GenerationOptions(packageName, type, enforceRequired, closedEnums)
            .withRealtime(realtime).withBindings(brokers).withRole(side).withModel(model));
    // Maven resolves File parameters against the project; resolving again keeps that for tests.
    Path output = basedir.resolve(
        parameter("outputDirectory", () -> PathOptions.outputDirectory(outputDirectory.toPath()))).normalize();
    return new Generator.Request(readRequest("inputSpec", inputSpec), options, output);
  }

  /** The ids of this plugin's other executions configured in the project. */
  private List<String> otherExecutionIds() {
    Plugin plugin = project.getPlugin(mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId());
    return plugin == null ? List.of() : plugin.getExecutions().stream()
        .map(execution -> execution.getId())
        .filter(id -> !id.equals(mojoExecution.getExecutionId()))
        .toList();
  }
}
