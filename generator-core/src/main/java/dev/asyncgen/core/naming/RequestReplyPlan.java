package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The request/reply catalogue: a generic {@code RequestReply} record and an {@code Operations} class
 * with one constant per operation that expects a reply.
 */
public record RequestReplyPlan(ClassName operationsClass, ClassName requestReplyClass, List<Entry> entries) {
  public RequestReplyPlan {
    entries = List.copyOf(entries);
  }

  /**
   * One operation with a reply.
   *
   * @param constant the Java constant's name
   * @param action what the application does with the request: {@code send} or {@code receive}
   * @param requestAddress the address of the operation's channel, or null when it has none
   * @param requestType the request's payload type, a class without type arguments
   * @param replyAddress the address of the reply channel, or null when the reply names no channel or it has none
   * @param replyAddressLocation where in the request the reply address is, or null
   * @param replyType the reply's payload type, a class without type arguments
   */
  public record Entry(String constant, String operationId, String action, String requestAddress,
      TypeName requestType, String replyAddress, String replyAddressLocation, TypeName replyType,
      String summary) {}
}
