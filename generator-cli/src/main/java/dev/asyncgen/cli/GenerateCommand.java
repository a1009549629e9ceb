package dev.asyncgen.cli;

import dev.asyncgen.core.AsyncgenVersion;
import dev.asyncgen.core.Generator;
import dev.asyncgen.core.incremental.GeneratorVersion;
import dev.asyncgen.core.incremental.IncrementalGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import dev.asyncgen.core.naming.ModelOptions;
import dev.asyncgen.core.naming.Role;
import dev.asyncgen.core.output.OutputException;
import dev.asyncgen.core.output.OutputWriter;
import dev.asyncgen.core.output.WriteSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Generates Java records, enums and a typed channel API from an AsyncAPI document.",
        "Files are produced in memory first: a failed run leaves the output directory as it was."
            + " A later run removes the files an earlier one generated that are no longer produced,"
            + " and never touches anything else."})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", converter = OptionConverters.SpecPath.class,
      description = "AsyncAPI 2.0-2.6, 3.0 or 3.1 document (YAML or JSON).")
  Path specFile;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      converter = OptionConverters.OutputDirectory.class,
      description = "Source root to write to, e.g. target/generated-sources/asyncgen.")
  Path output;

  @Option(names = {"-p", "--package"}, required = true, paramLabel = "PKG",
      converter = OptionConverters.PackageName.class,
      description = "Java package of the generated types, e.g. io.appwrite.realtime.")
  String packageName;

  @Option(names = "--date-time-type", paramLabel = "TYPE", converter = OptionConverters.DateTimeTypeName.class,
      defaultValue = "OffsetDateTime",
      description = "Java type of 'format: date-time' strings: OffsetDateTime, Instant or String"
          + " (default: ${DEFAULT-VALUE}).")
  DateTimeType dateTimeType;

  @Option(names = "--enforce-required", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Check 'required' properties when records are decoded or built (default: on)."
          + " --no-enforce-required makes every property optional.")
  boolean enforceRequired;

  @Option(names = "--closed-enums",
      description = "Generate strict Java enums, and oneOf interfaces without an Unknown alternative, so that"
          + " decoding fails on a value the spec does not list. By default enums are open: an unknown value"
          + " is kept and written back unchanged.")
  boolean closedEnums;

  @Option(names = "--realtime",
      description = "Also generate Realtime, a typed WebSocket client facade built from the spec's ws server and"
          + " bindings. The generated code then needs dev.asyncgen:asyncgen-realtime on its class path.")
  boolean realtime;

  @Option(names = "--bindings", paramLabel = "PROTOCOLS", converter = OptionConverters.BindingsSelection.class,
      defaultValue = "none",
      description = "Also generate typed broker clients honouring the spec's protocol bindings: a comma-separated"
          + " list of kafka, mqtt, amqp (facades Kafka, Mqtt, Amqp), or auto for every one the spec's servers name"
          + " (default: ${DEFAULT-VALUE}). The generated code then needs dev.asyncgen:asyncgen-kafka, -mqtt or"
          + " -amqp on its class path.")
  BrokerProtocol.Selection bindings;

  @Option(names = "--role", paramLabel = "ROLE", converter = OptionConverters.RoleName.class,
      defaultValue = "client",
      description = "Whose side the broker clients take: client (the default) subscribes to what the documented"
          + " application sends and publishes what it receives; application is the mirror, for the service the"
          + " spec documents.")
  Role role;

  @Option(names = "--schema-mapping", paramLabel = "NAME=CLASS", mapFallbackValue = "",
      converter = {OptionConverters.SchemaName.class, OptionConverters.MappedClass.class},
      description = "Use an existing class for a schema instead of generating it, e.g."
          + " Money=com.example.Money (repeatable). Every use of the schema (properties, lists, maps, payloads,"
          + " Channel<T>) is that class; Jackson must be able to decode it. A mapping naming no schema of the"
          + " spec is an error.")
  Map<String, String> schemaMappings = new LinkedHashMap<>();

  @Option(names = "--type-mapping", paramLabel = "KEY=CLASS", mapFallbackValue = "",
      converter = {OptionConverters.TypeMappingKey.class, OptionConverters.MappedClass.class},
      description = "Use a Java class for a JSON Schema type or format, e.g. date-time=java.time.Instant,"
          + " integer=java.math.BigInteger, number=java.math.BigDecimal (repeatable). Keys: string, integer,"
          + " number, boolean, date-time, date, time, duration, uuid, uri, uri-reference, email, hostname, ipv4,"
          + " ipv6, byte, binary, password, int32, int64, float, double. A format's mapping wins over its type's,"
          + " and a date-time mapping over --date-time-type.")
  Map<String, String> typeMappings = new LinkedHashMap<>();

  @Option(names = "--model-name-prefix", paramLabel = "TEXT", defaultValue = "",
      converter = OptionConverters.ModelNamePrefix.class,
      description = "Put before the name of every top-level model type (records, enums, interfaces, unions), e.g."
          + " Api; not before Channels, Channel, EventPattern, Operations, RequestReply or facades.")
  String modelNamePrefix;

  @Option(names = "--model-name-suffix", paramLabel = "TEXT", defaultValue = "",
      converter = OptionConverters.ModelNameSuffix.class,
      description = "Put after the name of every top-level model type, e.g. Dto.")
  String modelNameSuffix;

  @Option(names = "--model-annotation", paramLabel = "ANNOTATION",
      converter = OptionConverters.ModelAnnotationText.class,
      description = "Add an annotation to every generated model type, nested ones too, e.g."
          + " @io.quarkus.runtime.annotations.RegisterForReflection (repeatable). It must be one Java annotation:"
          + " @, a qualified name, and optionally (element values).")
  List<String> modelAnnotations = new ArrayList<>();

  @Option(names = "--bean-validation",
      description = "Generate jakarta.validation constraints from the schemas: @NotNull where the record requires"
          + " a value, @Size, @Pattern (a pattern Java cannot compile: a warning, no annotation), @Min/@Max,"
          + " @DecimalMin/@DecimalMax, @Valid on nested records. The generated code then needs"
          + " jakarta.validation:jakarta.validation-api.")
  boolean beanValidation;

  @Option(names = "--builders", description = "Give every generated record a nested Builder (Record.builder(),"
      + " record.toBuilder()); build() checks what the record's constructor checks.")
  boolean builders;

  @Option(names = "--channel-names", paramLabel = "RULE", converter = OptionConverters.ChannelNamingName.class,
      defaultValue = "address",
      description = "How Channels methods are named: address (after the address's segments, the default) or id"
          + " (after AsyncAPI 3 channel ids, one method per channel: Channels.lightingMeasured(id); channels whose"
          + " id is their address, as all 2.x channels, keep the address rule).")
  ModelOptions.ChannelNaming channelNaming;

  @Option(names = "--force",
      description = "Regenerate even when the spec, the files it refers to, the options and the generator are"
          + " unchanged since the last run and the output is as it left it (such a run otherwise writes nothing).")
  boolean force;

  @Mixin
  ReadOptions readOptions;

  @Override
  public Integer call() {
    GenerationOptions options =
        new GenerationOptions(packageName, dateTimeType, enforceRequired, closedEnums).withRealtime(realtime)
            .withBindings(bindings).withRole(role)
            .withModel(ModelOptions.DEFAULTS.withSchemaMappings(schemaMappings).withTypeMappings(typeMappings)
                .withModelNamePrefix(modelNamePrefix).withModelNameSuffix(modelNameSuffix)
                .withModelAnnotations(modelAnnotations).withBeanValidation(beanValidation).withBuilders(builders)
                .withChannelNaming(channelNaming));
    long start = System.nanoTime();
    Generator.Request request = new Generator.Request(readOptions.request(specFile), options, output);
    Path record = output.resolve(OutputWriter.LAST_RUN);
    if (force) {
      forget(record);
    }
    IncrementalGenerator.Outcome outcome;
    try {
      outcome = new IncrementalGenerator(record, GeneratorVersion.of(AsyncgenVersion.current())).generate(request);
    } catch (UncheckedIOException e) {
      // The run record could not be kept: the output is written, but the next run cannot trust it.
      throw new OutputException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    outcome.warnings().forEach(err::println);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (outcome.upToDate()) {
      out.println("asyncgen: up to date, nothing written in " + output + " (" + (System.nanoTime() - start) / 1_000_000
          + " ms): the spec, its files, the options and the generator are as the last run left them; --force"
          + " regenerates");
    } else {
      WriteSummary summary = outcome.summary();
      // Not printf: formatting numbers loads the JDK's locale data, several milliseconds of a short run.
      out.println("asyncgen: " + summary.written().size() + " written, " + summary.unchanged().size() + " unchanged, "
          + summary.removed().size() + " removed in " + output + " (" + outcome.millis() + " ms)");
    }
    out.flush();
    return 0;
  }

  /** Deletes the last run's record, so that this run regenerates. */
  private static void forget(Path record) {
    try {
      Files.deleteIfExists(record);
    } catch (IOException e) {
      throw new OutputException("cannot delete " + record + ": " + e.getMessage());
    }
  }
}
