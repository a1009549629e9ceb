package dev.asyncgen.core.naming;

import java.util.Locale;
import java.util.Objects;

/**
 * How Java is generated. Immutable; {@code withX} returns a changed copy.
 *
 * @param packageName the package of every generated type
 * @param dateTimeType the Java type for {@code format: date-time} strings
 * @param enforceRequired whether {@code required} properties must be present when a record is
 *     decoded or constructed (otherwise every property is an optional, nullable value)
 * @param closedEnums whether schema enums become strict Java enums and oneOf unions have no
 *     {@code Unknown} alternative, so that a value the spec does not list fails decoding; by
 *     default enums are open (an unknown value is kept) and unions decode unknown alternatives
 * @param realtime whether a typed {@code Realtime} facade over the {@code asyncgen-realtime} runtime is generated
 *     too (it then needs that runtime on the class path); without it the code needs only jackson-annotations
 * @param bindings the broker protocols to generate typed clients for ({@code Kafka}, {@code Mqtt}, {@code Amqp}
 *     facades, each over its runtime module); none by default
 * @param role whose side those clients take: the documented application's peers ({@link Role#CLIENT}, the
 *     default) or the application itself
 * @param model how generated models fit an existing codebase: mappings, names, annotations, validation, builders
 */
public record GenerationOptions(
    String packageName, DateTimeType dateTimeType, boolean enforceRequired, boolean closedEnums, boolean realtime,
    BrokerProtocol.Selection bindings, Role role, ModelOptions model) {
  /** The Java type of date-time strings. */
  public enum DateTimeType {
    /** {@code java.time.OffsetDateTime}: keeps the offset the server sent. */
    OFFSET_DATE_TIME,
    /** {@code java.time.Instant}: a point in time, offset dropped. */
    INSTANT,
    /** {@code String}: the text exactly as received. */
    STRING;

    /**
     * The type named {@code OffsetDateTime}, {@code Instant} or {@code String}, in any case: how the
     * command line's {@code --date-time-type} and the Maven plugin's {@code <dateTimeType>} take it.
     *
     * @throws IllegalArgumentException naming the values allowed
     */
    public static DateTimeType named(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "offsetdatetime" -> OFFSET_DATE_TIME;
        case "instant" -> INSTANT;
        case "string" -> STRING;
        default -> throw new IllegalArgumentException("'" + name + "' is not one of OffsetDateTime, Instant, String");
      };
    }
  }

  public GenerationOptions {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(dateTimeType, "dateTimeType");
    PackageNames.check(packageName);
    Objects.requireNonNull(bindings, "bindings");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(model, "model");
  }

  /** Options without broker clients. */
  public GenerationOptions(
      String packageName, DateTimeType dateTimeType, boolean enforceRequired, boolean closedEnums, boolean realtime) {
    this(packageName, dateTimeType, enforceRequired, closedEnums, realtime, BrokerProtocol.Selection.NONE, Role.CLIENT,
        ModelOptions.DEFAULTS);
  }

  /** Options without the realtime facade. */
  public GenerationOptions(
      String packageName, DateTimeType dateTimeType, boolean enforceRequired, boolean closedEnums) {
    this(packageName, dateTimeType, enforceRequired, closedEnums, false);
  }

  public static GenerationOptions forPackage(String packageName) {
    return new GenerationOptions(packageName, DateTimeType.OFFSET_DATE_TIME, true, false);
  }

  public GenerationOptions withDateTimeType(DateTimeType type) {
    return new GenerationOptions(packageName, type, enforceRequired, closedEnums, realtime, bindings, role, model);
  }

  public GenerationOptions withEnforceRequired(boolean enforce) {
    return new GenerationOptions(packageName, dateTimeType, enforce, closedEnums, realtime, bindings, role, model);
  }

  public GenerationOptions withClosedEnums(boolean closed) {
    return new GenerationOptions(packageName, dateTimeType, enforceRequired, closed, realtime, bindings, role, model);
  }

  public GenerationOptions withRealtime(boolean generate) {
    return new GenerationOptions(packageName, dateTimeType, enforceRequired, closedEnums, generate, bindings,
        role, model);
  }

  public GenerationOptions withBindings(BrokerProtocol.Selection selection) {
    return new GenerationOptions(packageName, dateTimeType, enforceRequired, closedEnums, realtime, selection,
        role, model);
  }

  public GenerationOptions withRole(Role newRole) {
    return new GenerationOptions(packageName, dateTimeType, enforceRequired, closedEnums, realtime, bindings,
        newRole, model);
  }

  public GenerationOptions withModel(ModelOptions options) {
    return new GenerationOptions(packageName, dateTimeType, enforceRequired, closedEnums, realtime, bindings, role,
        options);
  }
}
