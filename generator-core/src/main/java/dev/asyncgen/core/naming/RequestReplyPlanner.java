package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import java.util.ArrayList;
import java.util.List;
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
   * @param replyPayloads the payload type of a reply's messages
   */
  static RequestReplyPlan plan(AsyncApi api, String packageName, Function<Operation, TypeName> operationPayloads,
      Function<Reply, TypeName> replyPayloads) {
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
          PayloadTypes.asClass(operationPayloads.apply(operation)),
          reply.channelId() == null ? null : address(api, reply.channelId()),
          reply.addressLocation(),
          PayloadTypes.asClass(replyPayloads.apply(reply)),
          operation.summary()));
    }
    return new RequestReplyPlan(ClassName.get(packageName, NamedTypes.OPERATIONS),
        ClassName.get(packageName, NamedTypes.REQUEST_REPLY), entries);
  }

  private static String address(AsyncApi api, String channelId) {
    return api.channel(channelId).flatMap(Channel::address).map(ChannelAddress::template).orElse(null);
  }
}
