package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Info;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import dev.asyncgen.core.validate.ExampleValidator;
import dev.asyncgen.core.validate.StructureValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a loaded AsyncAPI 2.x document into the resolved {@link AsyncApi} model, in passes that
 * share one {@link Diagnostics}: version check, component schemas registered, messages,
 * parameters and channels built, then every named schema. Fails once, with every error.
 */
public final class DocumentResolver {
  private static final Pattern SUPPORTED_VERSION = Pattern.compile("2\\.[0-6]\\.[0-9]+");

  private final SpecFiles files;
  private final boolean allowRemoteRefs;

  public DocumentResolver(SpecFiles files, boolean allowRemoteRefs) {
    this.files = files;
    this.allowRemoteRefs = allowRemoteRefs;
  }

  /** Resolves the document; warnings end up in {@code diagnostics}, errors in a {@link SpecException}. */
  public AsyncApi resolve(SourceFile rootFile, Diagnostics diagnostics) {
    SpecNode rootNode = files.load(rootFile, null);
    Fields fields = new Fields(diagnostics);
    MapNode root = fields.asMap(rootNode, "an AsyncAPI document");
    diagnostics.throwIfErrors();
    String version = checkVersion(root, rootFile);
    // Structure first: a document that is not shaped like AsyncAPI would only produce follow-on errors.
    StructureValidator.validate(root, version, diagnostics);
    diagnostics.throwIfErrors();

    ReferenceResolver references = new ReferenceResolver(files, rootFile, allowRemoteRefs, diagnostics);
    SchemaResolver schemas = new SchemaResolver(references, fields, diagnostics);
    MapNode components = fields.map(root, "components");
    MapNode componentSchemas = components == null ? null : fields.map(components, "schemas");
    if (componentSchemas != null) {
      schemas.registerComponents(rootFile, componentSchemas);
    }
    String defaultContentType = fields.string(root, "defaultContentType");
    MessageResolver messageResolver = new MessageResolver(references, schemas, fields, diagnostics, defaultContentType);
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
    ExampleValidator examples = new ExampleValidator(files::loaded);
    messageResolver.built().forEach(message -> examples.check(message.name(), message.node(), diagnostics));
    AsyncApi api = new AsyncApi(version, info(root, fields, diagnostics), defaultContentType, servers, channels,
        namedSchemas, messages, parameters, files.files());
    SemanticChecks.check(api, diagnostics);
    diagnostics.throwIfErrors();
    return api;
  }

  /**
   * The document's {@code asyncapi} version, when it is one asyncgen reads (2.0.0 to 2.6.x).
   *
   * @throws SpecException naming the problem otherwise
   */
  public static String checkVersion(MapNode root, SourceFile rootFile) {
    SpecNode node = root.get("asyncapi");
    if (node == null) {
      String hint = root.has("openapi") || root.has("swagger") ? " (this looks like an OpenAPI document)" : "";
      throw new SpecException(new SourcePosition(rootFile, 1, 1),
          "not an AsyncAPI document: the 'asyncapi' version field is missing" + hint);
    }
    String version = node instanceof ScalarNode scalar ? scalar.text() : node.kind();
    if (!SUPPORTED_VERSION.matcher(version).matches()) {
      throw new SpecException(node.position(), "AsyncAPI version '" + version
          + "' is not supported: asyncgen reads AsyncAPI 2.0.0 to 2.6.0");
    }
    return version;
  }

  private static Info info(MapNode root, Fields fields, Diagnostics diagnostics) {
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
