package dev.asyncgen.core.naming;

import java.util.List;

/**
 * Everything the emitters need, with every Java name decided: the output of the naming stage.
 * Emitters turn it into source one-to-one and make no naming or typing decisions of their own.
 *
 * @param realtime the {@code Realtime} facade, or null when it is not generated
 * @param requestReply the request/reply catalogue, or null when no operation expects a reply
 */
public record JavaPlan(
    String packageName, List<TypePlan> types, ChannelsPlan channels, SupportPlan support,
    java.util.Set<com.palantir.javapoet.ClassName> decodedAsThemselves, RealtimePlan realtime,
    RequestReplyPlan requestReply, ChannelPatternsPlan channelPatterns, List<BrokerPlan> brokers) {
  public JavaPlan {
    brokers = List.copyOf(brokers);
    types = List.copyOf(types);
    decodedAsThemselves = java.util.Set.copyOf(decodedAsThemselves);
  }
}
