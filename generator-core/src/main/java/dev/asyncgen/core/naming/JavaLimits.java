package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.StringSchema;
import java.util.List;
import java.util.Locale;

/**
 * The class file limits that generated code must stay within, checked while names are planned so
 * that generate and validate report the same: a spec beyond one is a positioned error naming the
 * limit, never code that javac rejects.
 */
final class JavaLimits {
  /** Parameter slots of a method or constructor, {@code this} included; long and double take two (JVMS 4.3.3). */
  static final int PARAMETER_SLOTS = 255;
  /** Bytes of a string constant or a name, in the class file's modified UTF-8 (JVMS 4.4.7). */
  static final int CONSTANT_BYTES = 65_535;
  /** Entries of a class file's constant pool, numbered from 1 below its u2 count (JVMS 4.1). */
  static final int CONSTANTS = 65_534;
  /**
   * Constants a generated enum may have: one more makes javac's static initializer pass the 64 KiB
   * a method may hold ({@code code too large}). Found by compiling: 3,455 compile with javac 17 and
   * 25, whatever the values' length; 3,456 do not.
   */
  static final int ENUM_CONSTANTS = 3_455;

  private final Diagnostics diagnostics;

  JavaLimits(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A record's canonical constructor takes every component (and the unnamed-properties map). */
  void recordConstructor(ClassName record, List<Property> properties, List<ComponentPlan> components,
      boolean additionalProperties) {
    int slots = 1 + (additionalProperties ? 1 : 0);
    for (int i = 0; i < components.size(); i++) {
      slots += slots(components.get(i).type());
      if (slots > PARAMETER_SLOTS) {
        int total = slots + components.subList(i + 1, components.size()).stream().mapToInt(c -> slots(c.type())).sum();
        diagnostics.error(properties.get(i).position(), String.format(Locale.ROOT,
            "record %s would take %,d parameter slots in its constructor (one per property, two for a long or a"
                + " double, one for 'this'%s): a Java method takes at most %d; this property is the first beyond",
            record.simpleName(), total, additionalProperties ? " and one for additionalProperties" : "",
            PARAMETER_SLOTS));
        return;
      }
    }
  }

  /** A channel's builder method and step records take its parameters; {@code this} takes one more. */
  void channelParameters(SourcePosition channel, int parameters) {
    if (parameters > PARAMETER_SLOTS - 1) {
      diagnostics.error(channel, String.format(Locale.ROOT,
          "the channel has %,d parameters: its builder methods would pass the %d parameter slots of a Java method"
              + " (at most %d parameters)", parameters, PARAMETER_SLOTS, PARAMETER_SLOTS - 1));
    }
  }

  /**
   * Beyond one class file, {@code Channels} hands its code over to helper classes but keeps one method per
   * first step of a name.
   *
   * @param fitting how many root methods before this channel's fit
   */
  void channelsRoots(SourcePosition channel, int fitting) {
    diagnostics.error(channel, String.format(Locale.ROOT,
        "with this channel the Channels class could need more than the %,d constants a class file holds: it"
            + " keeps a builder method for each first step of a channel name, and %,d fit (the rest of its code is"
            + " in helper classes): split the spec", CONSTANTS, fitting));
  }

  /** The code of one root step and its step classes share one class file (one nest). */
  void rootStep(SourcePosition channel, String method) {
    diagnostics.error(channel, String.format(Locale.ROOT,
        "the channels under Channels.%s(...) could need more than the %,d constants a class file holds: its step"
            + " classes are nested in one class: split the spec", method, CONSTANTS));
  }

  /** The patterns and names of the channels one parse method tries are constants of the class holding it. */
  void parseMethod(SourcePosition channel, int channels) {
    diagnostics.error(channel, String.format(Locale.ROOT,
        "this channel and the %,d others that Channels.parse tries in the same method could need more than the %,d"
            + " constants a class file holds (their patterns and parameter names): split the spec", channels - 1,
        CONSTANTS));
  }

  /** @param fitting how many of the step class's methods before this channel's fit */
  void stepClass(SourcePosition channel, ClassName step, int fitting) {
    diagnostics.error(channel, String.format(Locale.ROOT,
        "with this channel the step class %s could need more than the %,d constants a class file holds (%,d of its"
            + " builder methods fit): split the spec", String.join(".", step.simpleNames()), CONSTANTS, fitting));
  }

  void enumConstants(ClassName type, StringSchema schema) {
    if (schema.enumValues().size() > ENUM_CONSTANTS) {
      diagnostics.error(schema.position(), String.format(Locale.ROOT,
          "enum %s would have %,d constants: a Java enum holds at most %,d (its static initializer would pass the"
              + " 64 KiB of code a method may hold)", type.simpleName(), schema.enumValues().size(), ENUM_CONSTANTS));
    }
  }

  /**
   * Spec text that becomes a string constant or a name in a class file.
   *
   * @param what what the text is, as the message names it ({@code "the enum value"})
   */
  void constant(SourcePosition at, String what, String text) {
    int bytes = modifiedUtf8Length(text);
    if (bytes > CONSTANT_BYTES) {
      diagnostics.error(at, String.format(Locale.ROOT,
          "%s is %,d bytes long in a class file (modified UTF-8): a Java string constant or name holds at most"
              + " %,d", what, bytes, CONSTANT_BYTES));
    }
  }

  /** NUL takes two bytes, other characters below U+0800 one or two, the rest three per UTF-16 unit. */
  static int modifiedUtf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  private static int slots(TypeName type) {
    return type.equals(TypeName.LONG) || type.equals(TypeName.DOUBLE) ? 2 : 1;
  }
}
