package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the unions before any record is planned, since the records implement them: named
 * oneOf/anyOf schemas over records, and operations and replies whose several messages' payloads are
 * records.
 */
final class UnionPlanner {
  private final NamedTypes named;
  private final Diagnostics diagnostics;
  private final JavaLimits limits;
  private final boolean closed;
  private final List<UnionPlan> unions = new ArrayList<>();
  private final List<RecordPlan> unknownAlternatives = new ArrayList<>();
  private final Map<String, List<ClassName>> memberships = new LinkedHashMap<>();
  private final Map<Operation, ClassName> operationUnions = new IdentityHashMap<>();
  private final Map<Reply, ClassName> replyUnions = new IdentityHashMap<>();

  UnionPlanner(AsyncApi api, NamedTypes named, GenerationOptions options, Diagnostics diagnostics,
      JavaLimits limits) {
    this.limits = limits;
    this.named = named;
    this.diagnostics = diagnostics;
    this.closed = options.closedEnums();
    for (String schemaName : named.names()) {
      if (named.kind(schemaName) == SchemaKind.UNION) {
        CompositionSchema composition = (CompositionSchema) named.schema(schemaName).schema();
        add(named.className(schemaName), composition.description(), memberNames(composition.parts()),
            composition.discriminator(), composition.position());
      }
    }
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        ClassName union = recordUnion(operation.label(), "Payload", "message of " + (operation.id() != null
            ? "operation `" + operation.id() + "`" : "channel `" + channel.id() + "`"), operation.messages(),
            operation.position());
        if (union != null) {
          operationUnions.put(operation, union);
        }
      }
    }
    for (Operation operation : api.operations()) {
      Reply reply = operation.reply().orElse(null);
      ClassName union = reply == null ? null : recordUnion(operation.label(), "ReplyPayload",
          "reply message of operation `" + operation.label() + "`", reply.messages(), reply.position());
      if (union != null) {
        replyUnions.put(reply, union);
      }
    }
  }

  /**
   * A sealed union over messages whose payloads are several named records, or null when they are not.
   *
   * @param base what the union is named after, as words; {@code suffix} follows it (claimed in the package)
   * @param of what "the payload of any ..." names, as Markdown: SpecText makes a code span a {@code {@code}}
   *     that reads back exactly
   */
  private ClassName recordUnion(String base, String suffix, String of, List<Message> messages,
      SourcePosition position) {
    List<String> payloads = recordPayloads(messages);
    if (payloads == null) {
      return null;
    }
    ClassName union = ClassName.get(named.packageName(),
        named.packageScope().claim(named.modelNames().of(JavaIdentifiers.pascalCase(base) + suffix), "Payload"));
    add(union, "The payload of any " + of + ".", payloads, null, position);
    return union;
  }

  /** The union over a reply's message payloads, or null when it has none. */
  ClassName replyUnion(Reply reply) {
    return replyUnions.get(reply);
  }

  /** The unions a named record belongs to. */
  List<ClassName> membershipsOf(String schemaName) {
    return memberships.getOrDefault(schemaName, List.of());
  }

  /** The union over an operation's message payloads, or null when it has none. */
  ClassName operationUnion(Operation operation) {
    return operationUnions.get(operation);
  }

  /** The unions and their unknown alternatives. */
  List<TypePlan> plans() {
    List<TypePlan> plans = new ArrayList<>(unions);
    plans.addAll(unknownAlternatives);
    return plans;
  }

  private static List<String> memberNames(List<dev.asyncgen.core.model.Schema> parts) {
    return parts.stream().map(part -> ((ReferenceSchema) part).name()).toList();
  }

  /** The distinct record payloads of several messages, or null unless every payload is a named record. */
  private List<String> recordPayloads(List<Message> messages) {
    if (messages.size() < 2) {
      return null;
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Message message : messages) {
      if (!(message.payload() instanceof ReferenceSchema reference)
          || named.kind(reference.name()) != SchemaKind.RECORD) {
        return null;
      }
      names.add(reference.name());
    }
    return names.size() > 1 ? List.copyOf(names) : null;
  }

  private void add(ClassName union, String javadoc, List<String> members, String discriminator,
      SourcePosition position) {
    List<UnionPlan.Member> planMembers = new ArrayList<>();
    for (String member : members) {
      planMembers.add(new UnionPlan.Member(named.className(member), member));
      memberships.computeIfAbsent(member, k -> new ArrayList<>()).add(union);
    }
    if (discriminator == null) {
      warnIfIndistinguishable(union, members, position);
    } else {
      // The property and each alternative's schema name become annotation values.
      limits.constant(position, "the discriminator property name", discriminator);
      members.forEach(member -> limits.constant(position, "the discriminator value", member));
    }
    unions.add(new UnionPlan(union, javadoc, planMembers, discriminator, closed ? null : unknownAlternative(union)));
  }

  /** A record that keeps every property of JSON that no alternative fits, so that it can be handled. */
  private ClassName unknownAlternative(ClassName union) {
    ClassName name = ClassName.get(named.packageName(),
        named.packageScope().claim(named.modelNames().of("Unknown" + named.modelNames().base(union.simpleName())),
            "Unknown"));
    unknownAlternatives.add(new RecordPlan(name, "An alternative of `" + union.simpleName() + "` that the spec"
        + " does not list (a new discriminator value or shape from a newer server): its properties as received,"
        + " written back unchanged.", List.of(), List.of(union), List.of(), RecordPlan.UnknownProperties.KEEP,
        new RecordPlan.AdditionalPropertiesPlan("properties", ClassName.OBJECT), List.of()));
    return name;
  }

  /** Deduction needs each alternative to have a property the others lack. */
  private void warnIfIndistinguishable(ClassName union, List<String> members, SourcePosition position) {
    Map<String, Set<String>> properties = new LinkedHashMap<>();
    for (String member : members) {
      FlatObject flat = named.flatten(named.schema(member).schema());
      properties.put(member, flat.properties().stream().map(Property::name).collect(Collectors.toSet()));
    }
    for (String member : members) {
      Set<String> others = new HashSet<>();
      properties.forEach((name, props) -> {
        if (!name.equals(member)) {
          others.addAll(props);
        }
      });
      if (others.containsAll(properties.get(member))) {
        diagnostics.warning(position, union.simpleName() + ": '" + member + "' has no property that the other"
            + " alternatives lack, so Jackson cannot always tell it apart when decoding; give the schema a"
            + " discriminator");
        return;
      }
    }
  }
}
