package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Plans the request/reply catalogue for the operations that expect a reply (AsyncAPI 3.x). */
final class RequestReplyPlanner {
  private RequestReplyPlanner() {}

  /** Whether the document has an operation with a reply, and so gets the catalogue. */
  static boolean needed(AsyncApi api) {
    return api.operations().stream().anyMatch(operation -> operation.reply().isPresent());
  }

  /**
   * @param operationPayloads the payload type of an operation's messages
   * @param replyUnions the union over a reply's several record payloads, or null
   * @param messagePayloads the payload type of one message
   */
  static RequestReplyPlan plan(AsyncApi api, String packageName, Function<Operation, TypeName> operationPayloads,
      Function<Reply, ClassName> replyUnions, Map<Message, TypeName> messagePayloads) {
    NameScope constants = new NameScope(false);
    List<RequestReplyPlan.Entry> entries = new ArrayList<>();
    for (Operation operation : api.operations()) {
      if (operation.reply().isEmpty()) {
        continue;
      }
      Reply reply = operation.reply().get();
      String label = operation.label();
      entries.add(new RequestReplyPlan.Entry(
          constants.claim(JavaIdentifiers.upperSnake(label), "OPERATION"),
          label,
          operation.action().keyword(),
          address(api, operation.channelId()),
          asClass(operationPayloads.apply(operation)),
          reply.channelId() == null ? null : address(api, reply.channelId()),
          reply.addressLocation(),
          asClass(replyUnions.apply(reply) != null ? replyUnions.apply(reply) : replyType(reply, messagePayloads)),
          operation.summary()));
    }
    return new RequestReplyPlan(ClassName.get(packageName, NamedTypes.OPERATIONS),
        ClassName.get(packageName, NamedTypes.REQUEST_REPLY), entries);
  }

  private static TypeName replyType(Reply reply, Map<Message, TypeName> messagePayloads) {
    Set<TypeName> types = new LinkedHashSet<>();
    reply.messages().forEach(message -> types.add(messagePayloads.get(message)));
    return types.size() == 1 ? types.iterator().next() : ClassName.OBJECT;
  }

  /** A {@code Class<T>} needs a class: a List or Map payload is carried as Object, as on {@code Channel}. */
  private static TypeName asClass(TypeName type) {
    return type instanceof ParameterizedTypeName ? ClassName.OBJECT : type.box();
  }

  private static String address(AsyncApi api, String channelId) {
    return api.channel(channelId).flatMap(Channel::address).map(ChannelAddress::template).orElse(null);
  }
}
