package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a loaded AsyncAPI 3.x document, whose structure the validate stage has checked, into the same
 * version-neutral {@link AsyncApi} model that {@link DocumentResolver} builds from 2.x: component
 * schemas registered, messages and parameters, channels, then the operations that point at them,
 * then every named schema and the checks on the resolved model. Fails once, with every error.
 */
public final class DocumentResolverV3 {
  private final SpecFiles files;
  private final boolean allowRemoteRefs;
  private final Path refRoot;

  public DocumentResolverV3(SpecFiles files, boolean allowRemoteRefs) {
    this(files, allowRemoteRefs, null);
  }

  /** @param refRoot the folder $refs are confined to, holding the root spec; null for the root spec's own */
  public DocumentResolverV3(SpecFiles files, boolean allowRemoteRefs, Path refRoot) {
    this.files = files;
    this.allowRemoteRefs = allowRemoteRefs;
    this.refRoot = refRoot;
  }

  /**
   * Resolves the document; see {@link DocumentResolver#resolve}.
   *
   * @throws SpecException with every error that stops resolution
   */
  public DocumentResolver.Resolution resolve(MapNode root, SourceFile rootFile, String version,
      Diagnostics diagnostics) {
    DocumentReading reading = new DocumentReading(files, allowRemoteRefs, refRoot, root, rootFile, diagnostics, true);
    Fields fields = reading.fields;
    ChannelResolverV3 channelResolver =
        new ChannelResolverV3(reading.references, reading.messages, fields, diagnostics);
    Map<String, Message> messages = reading.componentMessages();
    Map<String, Parameter> parameters = reading.componentParameters(channelResolver::componentParameter);

    Map<String, ChannelResolverV3.ChannelParts> channelsByLocation = new LinkedHashMap<>();
    MapNode channelsNode = fields.map(root, "channels");
    if (channelsNode != null) {
      channelsNode.entries().forEach((id, node) -> {
        ChannelResolverV3.ChannelParts channel =
            channelResolver.channel(rootFile, id, node, channelsNode.keyPosition(id));
        if (channel != null) {
          channelsByLocation.putIfAbsent(channel.location(), channel);
        }
      });
    }
    OperationResolverV3 operationResolver =
        new OperationResolverV3(reading.references, reading.messages, fields, diagnostics, reading.security,
            channelsByLocation);
    Map<String, List<Operation>> operationsByChannel = new LinkedHashMap<>();
    MapNode operationsNode = fields.map(root, "operations");
    if (operationsNode != null) {
      operationsNode.entries().forEach((id, node) -> {
        Operation operation = operationResolver.operation(id, node, operationsNode.keyPosition(id));
        if (operation != null) {
          operationsByChannel.computeIfAbsent(operation.channelId(), k -> new ArrayList<>()).add(operation);
        }
      });
    }
    List<Channel> channels = new ArrayList<>();
    channelsByLocation.values().forEach(parts -> channels.add(new Channel(parts.id(), parts.address(),
        parts.description(), parts.parameters(), parts.messages(),
        operationsByChannel.getOrDefault(parts.id(), List.of()), parts.bindings(), parts.position())));

    // 3.x splits the 2.x url into host and pathname; the model joins them back, without the scheme.
    return reading.finish(version, channels, messages, parameters, map -> {
      String host = fields.string(map, "host");
      String pathname = fields.string(map, "pathname");
      return host == null ? null : host + (pathname == null ? "" : pathname);
    });
  }
}
