package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.naming.ChannelsPlan;
import dev.asyncgen.core.naming.ComponentPlan;
import dev.asyncgen.core.naming.EnumPlan;
import dev.asyncgen.core.naming.InterfacePlan;
import dev.asyncgen.core.naming.JavaIdentifiers;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.RecordPlan;
import dev.asyncgen.core.naming.TypePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/** What the naming stage decided, looked up the way the diff asks: by schema, property path and channel. */
final class JavaIndex {
  /** A record component, and the record that has it. */
  record Member(RecordPlan record, ComponentPlan component) {
    String accessor() {
      return simpleName(record.name()) + "." + component.name() + "()";
    }
  }

  private final JavaPlan plan;
  private final Map<ClassName, TypePlan> types = new LinkedHashMap<>();
  private final Map<String, String> channelMethods = new LinkedHashMap<>();
  private final Map<String, TypeName> channelPayloads = new LinkedHashMap<>();

  JavaIndex(JavaPlan plan) {
    this.plan = plan;
    plan.types().forEach(this::index);
    for (ChannelsPlan.Step step : plan.channels().roots()) {
      step(simpleName(plan.channels().channelsClass()), step);
    }
    plan.channels().all().forEach(channel -> channelPayloads.put(channel.template(), channel.payloadType()));
  }

  /**
   * The type generated for a named schema, or null when it has none (an alias), or when naming gave it
   * another name than its own (a clash, which naming warns about): then the diff names no Java symbol.
   */
  ClassName classOf(String schemaName) {
    return topLevel(JavaIdentifiers.pascalCase(schemaName));
  }

  /** A generated top-level type by its simple name, or null. */
  ClassName topLevel(String simpleName) {
    if (!SourceVersion.isIdentifier(simpleName) || SourceVersion.isKeyword(simpleName)) {
      return null;
    }
    ClassName name = ClassName.get(plan.packageName(), simpleName);
    return types.containsKey(name) ? name : null;
  }

  Optional<TypePlan> type(TypeName name) {
    return name instanceof ClassName className ? Optional.ofNullable(types.get(className)) : Optional.empty();
  }

  /** The builder call that makes a channel, e.g. {@code Channels.files(String)}. */
  String channelMethod(String template) {
    return channelMethods.get(template);
  }

  TypeName channelPayload(String template) {
    return channelPayloads.get(template);
  }

  /** The records that have a type's properties: the record itself, or every record implementing an interface. */
  List<RecordPlan> records(ClassName type) {
    Set<RecordPlan> records = new LinkedHashSet<>();
    collectRecords(type, records, new LinkedHashSet<>());
    return List.copyOf(records);
  }

  /** The components a property path names, in every record that has it. */
  List<Member> members(ClassName root, List<String> path) {
    List<RecordPlan> owners = records(root);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      members.clear();
      String jsonName = path.get(i);
      for (RecordPlan owner : owners) {
        owner.components().stream().filter(c -> c.jsonName().equals(jsonName))
            .forEach(c -> members.add(new Member(owner, c)));
      }
      if (i < path.size() - 1) {
        owners = members.stream().map(m -> declared(m.component().type())).flatMap(Optional::stream)
            .flatMap(t -> records(t).stream()).distinct().toList();
      }
    }
    return List.copyOf(members);
  }

  /** The enum generated for a schema's values: for a property, its component's type (or list item type). */
  Optional<EnumPlan> enumOf(ClassName root, List<String> path) {
    if (path.isEmpty()) {
      return root == null ? Optional.empty() : Optional.ofNullable(types.get(root))
          .filter(EnumPlan.class::isInstance).map(EnumPlan.class::cast);
    }
    return members(root, path).stream().map(m -> declared(m.component().type())).flatMap(Optional::stream)
        .map(types::get).filter(EnumPlan.class::isInstance).map(EnumPlan.class::cast).findFirst();
  }

  /** The accessor an interface declares for a property, e.g. {@code Envelope.timestamp()}. */
  Optional<String> interfaceAccessor(ClassName root, String javaName) {
    return root != null && types.get(root) instanceof InterfacePlan face
        && face.accessors().stream().anyMatch(a -> a.name().equals(javaName))
        ? Optional.of(simpleName(root) + "." + javaName + "()") : Optional.empty();
  }

  static String accessors(List<Member> members) {
    return members.stream().map(Member::accessor).distinct().collect(Collectors.joining(", "));
  }

  static String constructors(List<Member> members) {
    return members.stream().map(m -> simpleName(m.record().name())).distinct().collect(Collectors.joining(", "));
  }

  /** The name as user code writes it: {@code Execution.Status}, without the package. */
  static String simpleName(ClassName name) {
    return String.join(".", name.simpleNames());
  }

  /** A type as user code writes it, without packages. */
  static String javaType(String type) {
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  /** A generated class a type refers to: itself, or the item or value type of a List or Map. */
  private Optional<ClassName> declared(TypeName type) {
    if (type instanceof ClassName className && types.containsKey(className)) {
      return Optional.of(className);
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.typeArguments().stream().map(this::declared).flatMap(Optional::stream).findFirst();
    }
    return Optional.empty();
  }

  private void collectRecords(ClassName type, Set<RecordPlan> records, Set<ClassName> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    TypePlan found = types.get(type);
    if (found instanceof RecordPlan record) {
      records.add(record);
    } else if (found instanceof InterfacePlan face) {
      face.permits().forEach(permitted -> collectRecords(permitted, records, seen));
    }
  }

  private void index(TypePlan type) {
    types.put(type.name(), type);
    if (type instanceof RecordPlan record) {
      record.nested().forEach(this::index);
    } else if (type instanceof InterfacePlan face) {
      face.nested().forEach(this::index);
      if (face.defaultRecord() != null) {
        index(face.defaultRecord());
      }
    }
  }

  private void step(String prefix, ChannelsPlan.Step step) {
    String call = prefix + "." + step.methodName() + "(" + step.newParameters().stream()
        .map(p -> javaType(p.type().javaType().toString()))
        .collect(Collectors.joining(", ")) + ")";
    if (step.channel() != null) {
      channelMethods.put(step.channel().template(), call);
    }
    if (step.next() != null) {
      ChannelsPlan.StepClass next = step.next();
      if (next.channel() != null) {
        channelMethods.put(next.channel().template(), call + "." + next.channelMethod() + "()");
      }
      next.methods().forEach(method -> step(call, method));
    }
  }
}
