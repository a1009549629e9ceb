package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Upper bounds of the constant pool entries of the classes a split channel API is made of, counted
 * as {@link ChannelsConstants} counts them (at least what javac 17 and 25 write, nothing shared but
 * equal text): {@code Channels} with only its root methods, the package-private helpers behind it,
 * and the step classes, which are class files of their own wherever they are nested.
 */
final class ChannelsSplit {
  /** A helper class, its fixed members (segment, parameters, firstSegment) and the library references they make. */
  static final int HELPER_FIXED = 300;
  /** Channels with only root methods and parse: the class, its constructor, parse and its Optional, Objects. */
  static final int CHANNELS_FIXED = 300;
  /** A step class: the class, its outer classes, Object, its constructor, the Channel class and library references. */
  private static final int STEP_FIXED = 100;
  /** A method's name and descriptor, and its generic Signature. */
  private static final int METHOD = 3;
  /** A call to a method of another class: Methodref, NameAndType, name, descriptor, and the Class and its name. */
  private static final int CALL = 6;
  /** A nested class named here: its Class, binary name and simple name (NestMembers, InnerClasses). */
  private static final int NESTED_CLASS = 3;
  /** A call to a step class's constructor: Methodref, NameAndType, descriptor. */
  private static final int CONSTRUCTOR_CALL = 3;
  /** A field of a step class: Fieldref, NameAndType, name, descriptor. */
  private static final int FIELD = 4;
  /** A parameter-free name compared with equals, or a name's concatenation recipe (with its invokedynamic). */
  private static final int NAME = 4;
  /** A payload type: its Class and class name. */
  private static final int PAYLOAD = 2;
  /** An enum argument's type: its Class and name, and the call to value(). */
  private static final int PARAMETER_ENUM = 5;
  /** A string constant: the String entry and its Utf8 text. */
  private static final int STRING = 2;
  /** The {@code segmentBefore} method, as {@link ChannelsConstants} counts it; a bound, counted per stop. */
  private static final int SEGMENT_BEFORE = 50;
  /** A pattern field: its Fieldref, NameAndType, name, and the regex and literal prefix strings. */
  private static final int PATTERN = 3 + 2 * STRING;

  private ChannelsSplit() {}

  /** What a root method's code costs a helper: the method, its checks and result, and its step classes. */
  static int rootInHelper(ChannelsPlan.Step root) {
    return stepMethod(root) + nestedClasses(root.next());
  }

  /** What a parse method costs the class holding it, the call to the next one included. */
  static int parseMethod(ChannelsPlan.ParseMethod method) {
    int total = METHOD + CALL + STRING;
    for (ChannelsPlan.ChannelPlan channel : method.channels()) {
      total += PAYLOAD + (channel.parseConstant() == null ? STRING : PATTERN + STRING * channel.parameters().size());
    }
    return total;
  }

  /** A switch chunk: its method, the call to the next chunk, and per case the segment and the call to it. */
  static int switchChunk(ChannelsPlan.SwitchChunk chunk) {
    return METHOD + CALL + chunk.groups().size() * (STRING + CALL);
  }

  /** The step classes under {@code step}: each is a nested class of the class holding the root. */
  private static int nestedClasses(ChannelsPlan.StepClass step) {
    if (step == null) {
      return 0;
    }
    int total = NESTED_CLASS;
    for (ChannelsPlan.Step method : step.methods()) {
      total += nestedClasses(method.next());
    }
    return total;
  }

  /** A builder method: its checks, and the step it returns or the channel it makes. */
  private static int stepMethod(ChannelsPlan.Step step) {
    int total = METHOD + parameters(step.newParameters());
    if (step.next() != null) {
      return total + NESTED_CLASS + CONSTRUCTOR_CALL;
    }
    return total + channel(step.channel());
  }

  /** A channel made by a builder method: with a stop, its string and (counted for each) segmentBefore. */
  private static int channel(ChannelsPlan.ChannelPlan channel) {
    int total = NAME + PAYLOAD + parameters(channel.parameters());
    for (ChannelsPlan.Parameter parameter : channel.parameters()) {
      if (channel.stop(parameter) != null) {
        total += STRING + SEGMENT_BEFORE;
      }
    }
    return total;
  }

  private static int parameters(List<ChannelsPlan.Parameter> parameters) {
    int total = 0;
    for (ChannelsPlan.Parameter parameter : parameters) {
      total += STRING + (parameter.type().isEnum() ? PARAMETER_ENUM : 0);
    }
    return total;
  }

  /** The constants of one step class's own file; {@code depth} is how many classes enclose it. */
  static StepCount stepClass(ChannelsPlan.StepClass step, int depth, ClassName channelClass) {
    return new StepCount(step, depth, channelClass);
  }

  /**
   * Counts a step class method by method, so that the first method beyond the limit can be found.
   * Equal text is one Utf8 entry and an equal type one Class entry, as in any class file: method names,
   * descriptors and Signatures (one step's methods mostly share theirs), strings, payload and enum types.
   */
  static final class StepCount {
    private final Set<Object> shared = new HashSet<>();
    private final ClassName channelClass;
    private int total;

    private StepCount(ChannelsPlan.StepClass step, int depth, ClassName channelClass) {
      this.channelClass = channelClass;
      total = STEP_FIXED + NESTED_CLASS * depth + FIELD * step.carried().size();
      step.carried().forEach(this::parameter);
      if (step.channel() != null) {
        text(step.channelMethod());
        signature(List.of(), step.channel());
        channel(step.channel());
      }
    }

    int add(ChannelsPlan.Step method) {
      text(method.methodName());
      method.newParameters().forEach(this::parameter);
      if (method.next() != null) {
        text(descriptor(method.newParameters(), method.next().name()));
        total += NESTED_CLASS + CONSTRUCTOR_CALL;
      } else {
        signature(method.newParameters(), method.channel());
        channel(method.channel());
      }
      return total;
    }

    private void signature(List<ChannelsPlan.Parameter> parameters, ChannelsPlan.ChannelPlan channel) {
      text(descriptor(parameters, channelClass));
      text(descriptor(parameters, channel.payloadType()));
    }

    /** A name without parameters is one string; with them, a concatenation recipe of its own. */
    private void channel(ChannelsPlan.ChannelPlan channel) {
      if (channel.parameters().isEmpty()) {
        once(channel.template(), STRING);
      } else {
        total += NAME;
      }
      once(channel.payloadType(), PAYLOAD);
      channel.parameters().forEach(this::parameter);
    }

    private void parameter(ChannelsPlan.Parameter parameter) {
      once(parameter.specName(), STRING);
      if (parameter.type().isEnum()) {
        once(parameter.type().javaType(), PARAMETER_ENUM);
      }
    }

    private static String descriptor(List<ChannelsPlan.Parameter> parameters, TypeName returned) {
      return parameters.stream().map(p -> p.type().javaType().toString())
          .collect(Collectors.joining(",", "(", ")")) + returned;
    }

    private void text(String text) {
      once("utf8:" + text, 1);
    }

    private void once(Object key, int constants) {
      if (shared.add(key)) {
        total += constants;
      }
    }
  }

  /**
   * Counts {@code Channels} when its root methods hand over to helpers: per root its name, descriptor
   * and Signature (equal text counted once), the call, and the step class it returns, nested in a helper.
   */
  static final class RootsInChannels {
    private final Set<String> texts = new HashSet<>();
    private int total;

    RootsInChannels(int helpers, int parseAttempts) {
      total = CHANNELS_FIXED + helpers * 2 + parseAttempts * CALL;
    }

    int add(ChannelsPlan.Step root, ClassName channelClass) {
      String parameters = root.newParameters().stream().map(p -> p.type().javaType().toString())
          .collect(Collectors.joining(",", "(", ")"));
      TypeName returned = root.next() != null ? root.next().name() : channelClass;
      text(root.methodName());
      text(parameters + returned);
      if (root.next() == null) {
        text(parameters + root.channel().payloadType());
      } else {
        total += NESTED_CLASS;
      }
      // The call's Methodref and NameAndType; its name and descriptor are the method's own.
      total += 2;
      return total;
    }

    private void text(String text) {
      if (texts.add(text)) {
        total++;
      }
    }
  }

  /** Units in order, in bins of at most {@code limit} constants each (a bin's fixed part included). */
  static <T> List<List<T>> pack(List<T> units, ToIntFunction<T> cost, int limit) {
    List<List<T>> bins = new ArrayList<>();
    List<T> bin = new ArrayList<>();
    int total = HELPER_FIXED;
    for (T unit : units) {
      int added = cost.applyAsInt(unit);
      if (!bin.isEmpty() && total + added > limit) {
        bins.add(bin);
        bin = new ArrayList<>();
        total = HELPER_FIXED;
      }
      bin.add(unit);
      total += added;
    }
    if (!bin.isEmpty()) {
      bins.add(bin);
    }
    return bins;
  }
}
