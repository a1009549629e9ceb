package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a loaded AsyncAPI 2.x document, whose structure the validate stage has checked, into the
 * resolved {@link AsyncApi} model, in passes that share one {@link Diagnostics}: component schemas
 * registered, messages, parameters and channels built, then every named schema, then the checks
 * on the resolved model. Fails once, with every error.
 */
public final class DocumentResolver {
  private final SpecFiles files;
  private final boolean allowRemoteRefs;
  private final Path refRoot;

  /**
   * The model, and every message as built with its traits merged (for the example checks).
   *
   * @param api the resolved model; errors of its checks are left in the diagnostics, not thrown
   */
  public record Resolution(AsyncApi api, List<MergedMessage> messages) {
    public Resolution {
      messages = List.copyOf(messages);
    }
  }

  public DocumentResolver(SpecFiles files, boolean allowRemoteRefs) {
    this(files, allowRemoteRefs, null);
  }

  /** @param refRoot the folder $refs are confined to, holding the root spec; null for the root spec's own */
  public DocumentResolver(SpecFiles files, boolean allowRemoteRefs, Path refRoot) {
    this.files = files;
    this.allowRemoteRefs = allowRemoteRefs;
    this.refRoot = refRoot;
  }

  /**
   * Resolves the document: warnings, and errors of the last pass (checks on the resolved model), end
   * up in {@code diagnostics}; errors that stop resolution are thrown as a {@link SpecException}.
   *
   * @param root the root document, already checked by the validate stage
   * @param version its {@code asyncapi} version, already checked to be one asyncgen reads
   */
  public Resolution resolve(MapNode root, SourceFile rootFile, String version, Diagnostics diagnostics) {
    DocumentReading reading = new DocumentReading(files, allowRemoteRefs, refRoot, root, rootFile, diagnostics, false);
    ChannelResolver channelResolver = new ChannelResolver(reading.references, reading.schemas, reading.messages,
        reading.fields, diagnostics, reading.security);
    Map<String, Message> messages = reading.componentMessages();
    Map<String, Parameter> parameters = reading.componentParameters(channelResolver::componentParameter);

    List<Channel> channels = new ArrayList<>();
    MapNode channelsNode = reading.fields.map(root, "channels");
    if (channelsNode == null && !root.has("channels")) {
      diagnostics.error(root.position(), "an AsyncAPI 2.x document needs 'channels'");
    } else if (channelsNode != null) {
      channelsNode.entries().forEach((name, node) -> {
        Channel channel = channelResolver.channel(name, node, channelsNode.keyPosition(name));
        if (channel != null) {
          channels.add(channel);
        }
      });
    }
    return reading.finish(version, channels, messages, parameters, map -> reading.fields.string(map, "url"));
  }
}
