package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The naming stage: decides every Java name and type for a resolved document, deterministically.
 * Fixed names (the channel API) are claimed first, then schema names in document order, then
 * names derived from them.
 */
public final class JavaPlanner {
  private final AsyncApi api;
  private final GenerationOptions options;
  private final NamedTypes named;
  private final TypeMapper types;
  private final RecordPlanner records;
  private final InterfacePlanner interfaces;
  private final UnionPlanner unions;
  private final Diagnostics diagnostics;
  private final JavaLimits limits;
  /** The protocols {@code --bindings} asks facades for, {@code auto} resolved against the servers. */
  private final List<BrokerProtocol> brokerProtocols;
  /** The headers type of every message with headers, for the broker facades. */
  private final Map<Message, TypeName> headerTypes = new IdentityHashMap<>();

  private JavaPlanner(AsyncApi api, GenerationOptions options, Diagnostics diagnostics) {
    this.api = api;
    this.options = options;
    this.diagnostics = diagnostics;
    this.limits = new JavaLimits(diagnostics);
    this.brokerProtocols = BrokerPlanner.protocols(api, options);
    this.named = new NamedTypes(api, options.packageName(), options.realtime(),
        brokerProtocols.stream().map(BrokerProtocol::facadeName).toList(), options.model(), diagnostics);
    this.types = new TypeMapper(named, options, diagnostics, limits);
    this.records = new RecordPlanner(named, types, options, limits, new ConstraintPlanner(named, diagnostics));
    this.interfaces = new InterfacePlanner(named, types, options);
    this.unions = new UnionPlanner(api, named, options, diagnostics, limits);
    types.setRecordPlanner(records);
    records.setInterfacePlanner(interfaces);
    interfaces.setRecordPlanner(records);
  }

  /** Plans the Java for {@code api}; warnings (such as unsupported oneOf) go to {@code diagnostics}. */
  public static JavaPlan plan(AsyncApi api, GenerationOptions options, Diagnostics diagnostics) {
    return new JavaPlanner(api, options, diagnostics).plan();
  }

  private JavaPlan plan() {
    // Planning follows parents; a loop must stop here, before anything is planned from it.
    InheritanceCycles.report(named, diagnostics);
    diagnostics.throwIfErrors();
    List<TypePlan> plans = new ArrayList<>();
    for (String schemaName : named.names()) {
      NamedSchema schema = named.schema(schemaName);
      ClassName className = named.className(schemaName);
      switch (named.kind(schemaName)) {
        case RECORD -> {
          FlatObject flat = named.flatten(schema.schema());
          plans.add(records.plan(className, schema.schema().description(), flat, flat.parents(),
              unions.membershipsOf(schemaName)));
        }
        case ENUM -> plans.add(EnumPlanner.plan(className, (StringSchema) schema.schema(), options, limits));
        case INTERFACE -> interfaces.shape(schemaName);
        case UNION, ALIAS, MAPPED -> { }
      }
    }
    plans.addAll(unions.plans());
    Map<Message, TypeName> payloadTypes = messageTypes();
    plans.addAll(records.topLevel());
    plans.addAll(interfacePlans(plans));
    ParameterTypes parameterTypes = new ParameterTypes(named,
        plans.stream().filter(EnumPlan.class::isInstance).map(EnumPlan.class::cast).toList(), options, limits);
    Function<Operation, TypeName> operationPayloads =
        operation -> payloadOf(unions.operationUnion(operation), operation.messages(), payloadTypes);
    ChannelsPlan channels = new ChannelPlanner(options.packageName(), named.packageScope(), operationPayloads, payloadTypes::get,
        parameterTypes::of, options.model().channelNaming(), limits, diagnostics).plan(api.channels());
    plans.addAll(parameterTypes.plans());
    plans.sort(Comparator.comparing(plan -> plan.name().simpleName()));
    RequestReplyPlan requestReply = RequestReplyPlanner.needed(api)
        ? RequestReplyPlanner.plan(api, options.packageName(), operationPayloads,
            reply -> payloadOf(unions.replyUnion(reply), reply.messages(), payloadTypes)) : null;
    boolean patterns = allTypes(plans).stream().anyMatch(p -> p instanceof EnumPlan e && e.eventPatterns());
    SupportPlan support = new SupportPlan(patterns ? ClassName.get(options.packageName(), "EventPattern") : null,
        options.model().modelAnnotations().stream().map(ModelAnnotation::parse).toList());
    RealtimePlan realtime = options.realtime()
        ? RealtimePlanner.plan(api, options.packageName(), channels.channelClass(), diagnostics) : null;
    ChannelPatternsPlan channelPatterns = null;
    List<BrokerPlan> brokers = List.of();
    if (!brokerProtocols.isEmpty() || options.bindings().auto()) {
      ChannelPatternsPlan planned = ChannelPatternsPlan.of(options.packageName(), channels);
      brokers = new BrokerPlanner(api, options, channels, headerTypes::get, diagnostics)
          .plan(brokerProtocols, planned);
      channelPatterns = brokers.isEmpty() ? null : planned;
    }
    return new JavaPlan(options.packageName(), plans, channels, support, realtime,
        requestReply, channelPatterns, brokers);
  }

  /** Payload types of every message; inline payloads and headers become records named after the message. */
  private Map<Message, TypeName> messageTypes() {
    Map<Message, TypeName> payloadTypes = new IdentityHashMap<>();
    List<Message> ordered = new ArrayList<>(api.messages().values());
    // A set beside the list: with a list's contains() this was quadratic in the channels (a sixth
    // of generating 10,000 channels).
    Set<Message> seen = new HashSet<>(ordered);
    api.channels().forEach(c -> c.operations().forEach(o -> o.messages().stream()
        .filter(seen::add).forEach(ordered::add)));
    // 3.x: a channel's messages may have no operation, and a reply's messages no channel of their own.
    api.channels().forEach(c -> c.messages().values().stream().filter(seen::add).forEach(ordered::add));
    api.operations().forEach(o -> o.reply().ifPresent(reply -> reply.messages().stream()
        .filter(seen::add).forEach(ordered::add)));
    Map<Message, String> contexts = anonymousMessageNames();
    for (Message message : ordered) {
      String base = message.key() != null ? message.key() : message.name() != null ? message.name()
          : message.title() != null ? message.title() : contexts.get(message);
      Owner owner = Owner.topLevel(options.packageName(), JavaIdentifiers.pascalCase(base), named.packageScope(),
          named.modelNames());
      payloadTypes.put(message, message.payload() == null ? ClassName.OBJECT : map(message.payload(), owner, "Payload"));
      if (message.headers() != null) {
        headerTypes.put(message, map(message.headers(), owner, "Headers"));
      }
      records.addTopLevel(owner.nested());
    }
    return payloadTypes;
  }

  /** The payload type of several alternative messages: their union when they have one, else the type they share. */
  private static TypeName payloadOf(ClassName union, List<Message> messages, Map<Message, TypeName> payloadTypes) {
    return union != null ? union : PayloadTypes.shared(messages.stream().map(payloadTypes::get).toList());
  }

  /**
   * Inline messages without a name are named after their operation (its id, else channel and keyword), a reply's
   * after its operation and "reply", others after their id in a 3.x channel's messages.
   */
  private Map<Message, String> anonymousMessageNames() {
    Map<Message, String> names = new IdentityHashMap<>();
    for (var channel : api.channels()) {
      for (var operation : channel.operations()) {
        nameInOrder(names, operation.messages(), operation.label());
        nameInOrder(names, operation.reply().map(Reply::messages).orElse(List.of()), operation.label() + " reply");
      }
      // 3.x names every channel message: its key in the channel's messages.
      channel.messages().forEach((id, message) -> names.putIfAbsent(message, id));
    }
    return names;
  }

  /** Each message not named yet after {@code base}, numbered when there are several. */
  private static void nameInOrder(Map<Message, String> names, List<Message> messages, String base) {
    for (int i = 0; i < messages.size(); i++) {
      names.putIfAbsent(messages.get(i), base + (messages.size() > 1 ? " " + (i + 1) : ""));
    }
  }

  private TypeName map(Schema schema, Owner owner, String name) {
    return types.map(schema, owner, name, false);
  }

  /** Interfaces, parents first, each sealed over exactly the types that extend it. */
  private List<TypePlan> interfacePlans(List<TypePlan> plans) {
    List<String> interfaceNames = named.names().stream().filter(n -> named.kind(n) == SchemaKind.INTERFACE).toList();
    Map<String, RecordPlan> defaults = new LinkedHashMap<>();
    interfaceNames.forEach(name -> defaults.put(name, interfaces.defaultRecord(name)));
    List<RecordPlan> allRecords = new ArrayList<>();
    allTypes(plans).stream().filter(RecordPlan.class::isInstance).map(RecordPlan.class::cast).forEach(allRecords::add);
    for (String name : interfaceNames) {
      for (TypePlan nested : interfaces.shape(name).owner().nested()) {
        allTypes(List.of(nested)).stream().filter(RecordPlan.class::isInstance).map(RecordPlan.class::cast)
            .forEach(allRecords::add);
      }
      if (defaults.get(name) != null) {
        allRecords.add(defaults.get(name));
      }
    }
    List<TypePlan> result = new ArrayList<>();
    for (String name : parentsFirst(interfaceNames)) {
      ClassName className = named.className(name);
      List<RecordPlan> implementors = allRecords.stream()
          .filter(r -> implementsTransitively(r.interfaces(), className))
          .filter(r -> r != defaults.get(name))
          .toList();
      List<ClassName> permits = new ArrayList<>();
      allRecords.stream().filter(r -> r.interfaces().contains(className)).forEach(r -> permits.add(r.name()));
      interfaceNames.stream()
          .filter(other -> interfaces.shape(other).parents().contains(name))
          .forEach(other -> permits.add(named.className(other)));
      result.add(interfaces.plan(name, implementors, defaults.get(name), List.copyOf(new LinkedHashSet<>(permits))));
    }
    return result;
  }

  private boolean implementsTransitively(List<ClassName> direct, ClassName target) {
    for (ClassName implemented : direct) {
      if (implemented.equals(target)) {
        return true;
      }
      // Only allOf parents have parents of their own; a oneOf union (an Unknown alternative implements it) has none.
      String schemaName = schemaNameOf(implemented);
      if (schemaName != null && named.kind(schemaName) == SchemaKind.INTERFACE && implementsTransitively(
          interfaces.shape(schemaName).parents().stream().map(named::className).toList(), target)) {
        return true;
      }
    }
    return false;
  }

  private String schemaNameOf(ClassName className) {
    return named.names().stream().filter(n -> className.equals(named.className(n))).findFirst().orElse(null);
  }

  private List<String> parentsFirst(List<String> interfaceNames) {
    List<String> ordered = new ArrayList<>();
    for (String name : interfaceNames) {
      addParentsFirst(name, ordered, new LinkedHashSet<>());
    }
    return ordered;
  }

  private void addParentsFirst(String name, List<String> ordered, Set<String> visiting) {
    if (ordered.contains(name) || !visiting.add(name)) {
      return;
    }
    interfaces.shape(name).parents().forEach(parent -> addParentsFirst(parent, ordered, visiting));
    ordered.add(name);
  }

  /** Every plan and every type nested in one, depth first. */
  static List<TypePlan> allTypes(List<TypePlan> plans) {
    List<TypePlan> all = new ArrayList<>();
    for (TypePlan plan : plans) {
      all.add(plan);
      if (plan instanceof RecordPlan record) {
        all.addAll(allTypes(record.nested()));
      } else if (plan instanceof InterfacePlan interfacePlan) {
        all.addAll(allTypes(interfacePlan.nested()));
        if (interfacePlan.defaultRecord() != null) {
          all.addAll(allTypes(List.of(interfacePlan.defaultRecord())));
        }
      }
    }
    return all;
  }
}
