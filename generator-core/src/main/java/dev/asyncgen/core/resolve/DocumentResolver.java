package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Info;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    this.files = files;
    this.allowRemoteRefs = allowRemoteRefs;
  }

  /**
   * Resolves the document: warnings, and errors of the last pass (checks on the resolved model), end
   * up in {@code diagnostics}; errors that stop resolution are thrown as a {@link SpecException}.
   *
   * @param root the root document, already checked by the validate stage
   * @param version its {@code asyncapi} version, already checked to be one asyncgen reads
   */
  public Resolution resolve(MapNode root, SourceFile rootFile, String version, Diagnostics diagnostics) {
    Fields fields = new Fields(diagnostics);
    ReferenceResolver references = new ReferenceResolver(files, rootFile, allowRemoteRefs, diagnostics);
    SchemaResolver schemas = new SchemaResolver(references, fields, diagnostics);
    MapNode components = fields.map(root, "components");
    MapNode componentSchemas = components == null ? null : fields.map(components, "schemas");
    if (componentSchemas != null) {
      schemas.registerComponents(rootFile, componentSchemas);
    }
    String defaultContentType = fields.string(root, "defaultContentType");
    MessageResolver messageResolver = new MessageResolver(references, schemas, fields, diagnostics, defaultContentType, false);
    ChannelResolver channelResolver = new ChannelResolver(references, schemas, messageResolver, fields, diagnostics);

    Map<String, Message> messages = new LinkedHashMap<>();
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    if (components != null) {
      MapNode componentMessages = fields.map(components, "messages");
      if (componentMessages != null) {
        for (String key : componentMessages.keys()) {
          Location location = new Location(rootFile, "/components/messages/" + JsonPointer.escape(key));
          Message message = messageResolver.component(componentMessages, key, location);
          if (message != null) {
            messages.put(key, message);
          }
        }
      }
      MapNode componentParameters = fields.map(components, "parameters");
      if (componentParameters != null) {
        componentParameters.entries().forEach((key, node) -> {
          Location location = new Location(rootFile, "/components/parameters/" + JsonPointer.escape(key));
          Parameter parameter = channelResolver.componentParameter(key, node, location);
          if (parameter != null) {
            parameters.put(key, parameter);
          }
        });
      }
    }

    List<Channel> channels = new ArrayList<>();
    MapNode channelsNode = fields.map(root, "channels");
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

    Map<String, Server> servers = servers(root, references, fields);
    Map<String, NamedSchema> namedSchemas = schemas.buildAll();
    diagnostics.throwIfErrors();
    AsyncApi api = new AsyncApi(version, info(root, fields, diagnostics), defaultContentType, servers, channels,
        namedSchemas, messages, parameters, files.files());
    SemanticChecks.check(api, diagnostics);
    return new Resolution(api, messageResolver.built());
  }

  static Info info(MapNode root, Fields fields, Diagnostics diagnostics) {
    MapNode info = fields.map(root, "info");
    if (info == null) {
      diagnostics.error(root.position(), "an AsyncAPI document needs 'info'");
      diagnostics.throwIfErrors();
    }
    return new Info(fields.string(info, "title"), fields.string(info, "version"), fields.string(info, "description"));
  }

  private static Map<String, Server> servers(MapNode root, ReferenceResolver references, Fields fields) {
    Map<String, Server> servers = new LinkedHashMap<>();
    MapNode serversNode = fields.map(root, "servers");
    if (serversNode == null) {
      return servers;
    }
    serversNode.entries().forEach((name, node) -> {
      ReferenceResolver.Target target = references.follow(node);
      MapNode map = target == null ? null : fields.asMap(target.node(), "server '" + name + "'");
      if (map == null) {
        return;
      }
      Map<String, ServerVariable> variables = new LinkedHashMap<>();
      MapNode variablesNode = fields.map(map, "variables");
      if (variablesNode != null) {
        variablesNode.entries().forEach((variableName, variableNode) -> {
          ReferenceResolver.Target variable = references.follow(variableNode);
          MapNode variableMap = variable == null ? null : fields.asMap(variable.node(), "server variable '" + variableName + "'");
          if (variableMap != null) {
            variables.put(variableName, new ServerVariable(variableName, fields.string(variableMap, "description"),
                fields.string(variableMap, "default"), fields.strings(variableMap, "enum"), variablesNode.keyPosition(variableName)));
          }
        });
      }
      servers.put(name, new Server(name, fields.string(map, "url"), fields.string(map, "protocol"),
          fields.string(map, "protocolVersion"), fields.string(map, "description"), variables,
          PlainValues.map(fields.map(map, "bindings")), serversNode.keyPosition(name)));
    });
    return servers;
  }
}
