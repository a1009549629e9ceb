package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules a JSON Schema cannot express, checked on the resolved model. */
public final class SemanticChecks {
  private SemanticChecks() {}

  public static void check(AsyncApi api, Diagnostics diagnostics) {
    uniqueOperationIds(api, diagnostics);
    api.channels().forEach(channel -> channel.address().ifPresent(address -> separatedParameters(channel, address,
        diagnostics)));
  }

  private static void uniqueOperationIds(AsyncApi api, Diagnostics diagnostics) {
    Map<String, SourcePosition> first = new HashMap<>();
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        String id = operation.id();
        if (id == null) {
          continue;
        }
        SourcePosition earlier = first.putIfAbsent(id, operation.position());
        if (earlier != null && !earlier.equals(operation.position())) {
          diagnostics.error(operation.position(), "operationId '" + id + "' is already used (at " + earlier
              + "); operationIds must be unique");
        }
      }
    }
  }

  /**
   * Two parameters with nothing between them ({@code {a}{b}}): a name built from them cannot be split
   * back into its values ({@code xyz} is x and yz, or xy and z), so {@code parse} could not give the
   * channel back, and its pattern would claim names of other channels.
   */
  private static void separatedParameters(Channel channel, ChannelAddress address, Diagnostics diagnostics) {
    List<ChannelAddress.Part> parts = address.parts();
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i - 1) instanceof ChannelAddress.ParameterRef first
          && parts.get(i) instanceof ChannelAddress.ParameterRef second) {
        diagnostics.error(channel.position(), "the address '" + address.template() + "' of channel '" + channel.id()
            + "' puts {" + second.name() + "} right after {" + first.name() + "}: a name built from it cannot be"
            + " split back into their values; put text between them, such as '{" + first.name() + "}-{"
            + second.name() + "}'");
      }
    }
  }
}
