package dev.asyncgen.core.naming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How generated models fit the codebase they land in. Immutable; {@code withX} returns a changed copy. The defaults
 * generate what asyncgen always generated.
 *
 * @param schemaMappings schema name to the fully qualified class used instead of generating it
 * @param typeMappings JSON Schema type or format ({@code date-time}, {@code uuid}, {@code integer}) to the fully
 *     qualified Java type used for it
 * @param modelNamePrefix put before the name of every generated model type (not {@code Channels}, {@code Channel}
 *     or facades)
 * @param modelNameSuffix put after it
 * @param modelAnnotations annotations, as Java source ({@code @io.quarkus.runtime.annotations.RegisterForReflection}),
 *     added to every generated model type
 * @param beanValidation whether {@code jakarta.validation.constraints} are generated from the schemas' constraints
 * @param builders whether records get builders
 * @param channelNaming how {@code Channels} methods are named
 */
public record ModelOptions(
    Map<String, String> schemaMappings,
    Map<String, String> typeMappings,
    String modelNamePrefix,
    String modelNameSuffix,
    List<String> modelAnnotations,
    boolean beanValidation,
    boolean builders,
    ChannelNaming channelNaming) {

  /** What asyncgen generates without any of these options. */
  public static final ModelOptions DEFAULTS =
      new ModelOptions(Map.of(), Map.of(), "", "", List.of(), false, false, ChannelNaming.ADDRESS);

  /** How {@code Channels} methods are named. */
  public enum ChannelNaming {
    /** After the address's literal segments ({@code smartylightingStreetlights10EventLightingMeasured}). */
    ADDRESS,
    /** After the 3.x channel id ({@code lightingMeasured}); 2.x channels, whose id is the address, as ADDRESS. */
    ID;

    /**
     * The naming called {@code address} or {@code id}, in any case.
     *
     * @throws IllegalArgumentException naming the values allowed
     */
    public static ChannelNaming named(String name) {
      return switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "address" -> ADDRESS;
        case "id" -> ID;
        default -> throw new IllegalArgumentException("'" + name + "' is not one of address, id");
      };
    }
  }

  public ModelOptions {
    // Sorted, so that the options read the same in every run (fingerprints) and their order cannot matter.
    schemaMappings = Collections.unmodifiableMap(new TreeMap<>(schemaMappings));
    typeMappings = Collections.unmodifiableMap(new TreeMap<>(typeMappings));
    Objects.requireNonNull(modelNamePrefix, "modelNamePrefix");
    Objects.requireNonNull(modelNameSuffix, "modelNameSuffix");
    modelAnnotations = List.copyOf(modelAnnotations);
    Objects.requireNonNull(channelNaming, "channelNaming");
  }

  public ModelOptions withSchemaMappings(Map<String, String> mappings) {
    return new ModelOptions(mappings, typeMappings, modelNamePrefix, modelNameSuffix, modelAnnotations, beanValidation,
        builders, channelNaming);
  }

  public ModelOptions withTypeMappings(Map<String, String> mappings) {
    return new ModelOptions(schemaMappings, mappings, modelNamePrefix, modelNameSuffix, modelAnnotations,
        beanValidation, builders, channelNaming);
  }

  public ModelOptions withModelNamePrefix(String prefix) {
    return new ModelOptions(schemaMappings, typeMappings, prefix, modelNameSuffix, modelAnnotations, beanValidation,
        builders, channelNaming);
  }

  public ModelOptions withModelNameSuffix(String suffix) {
    return new ModelOptions(schemaMappings, typeMappings, modelNamePrefix, suffix, modelAnnotations, beanValidation,
        builders, channelNaming);
  }

  public ModelOptions withModelAnnotations(List<String> annotations) {
    return new ModelOptions(schemaMappings, typeMappings, modelNamePrefix, modelNameSuffix, annotations,
        beanValidation, builders, channelNaming);
  }

  public ModelOptions withBeanValidation(boolean validation) {
    return new ModelOptions(schemaMappings, typeMappings, modelNamePrefix, modelNameSuffix, modelAnnotations,
        validation, builders, channelNaming);
  }

  public ModelOptions withBuilders(boolean generate) {
    return new ModelOptions(schemaMappings, typeMappings, modelNamePrefix, modelNameSuffix, modelAnnotations,
        beanValidation, generate, channelNaming);
  }

  public ModelOptions withChannelNaming(ChannelNaming naming) {
    return new ModelOptions(schemaMappings, typeMappings, modelNamePrefix, modelNameSuffix, modelAnnotations,
        beanValidation, builders, naming);
  }

  /** {@code NAME=VALUE} pairs, as the command line and the plugin take mappings; a later pair wins. */
  static Map<String, String> pairs(List<String> texts, String what) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String text : texts) {
      int equals = text.indexOf('=');
      if (equals <= 0 || equals == text.length() - 1) {
        throw new IllegalArgumentException(what + " '" + text + "' is not NAME=VALUE");
      }
      pairs.put(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
    }
    return pairs;
  }
}
