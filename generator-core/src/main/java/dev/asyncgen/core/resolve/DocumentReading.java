package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Info;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.Server;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What reading one document takes whatever its version: the resolvers of references, schemas and
 * messages (set for the version), the component messages and parameters, and the last passes that make
 * the model. {@link DocumentResolver} and {@link DocumentResolverV3} add what their version's channels and
 * operations need.
 */
final class DocumentReading {
  /** Reads one component parameter the version's way. */
  interface ParameterReader {
    Parameter read(String name, SpecNode node, Location location);
  }

  final MapNode root;
  final SourceFile rootFile;
  final Diagnostics diagnostics;
  final Fields fields;
  final ReferenceResolver references;
  final SchemaResolver schemas;
  final MessageResolver messages;
  final SecurityReader security;
  private final SpecFiles files;
  private final MapNode components;
  private final String defaultContentType;

  /**
   * Registers the component schemas first, so that they keep their own names.
   *
   * @param threeX whether the document is AsyncAPI 3.x: Multi Format Schema Objects, and traits that yield
   *     to the object's own fields
   * @param refRoot the folder $refs are confined to; null for the root spec's
   */
  DocumentReading(SpecFiles files, boolean allowRemoteRefs, Path refRoot, MapNode root, SourceFile rootFile,
      Diagnostics diagnostics, boolean threeX) {
    this.files = files;
    this.root = root;
    this.rootFile = rootFile;
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
    this.references = new ReferenceResolver(files, rootFile, allowRemoteRefs, refRoot, diagnostics);
    this.schemas = new SchemaResolver(references, fields, diagnostics, threeX);
    this.components = fields.map(root, "components");
    MapNode componentSchemas = components == null ? null : fields.map(components, "schemas");
    if (componentSchemas != null) {
      schemas.registerComponents(rootFile, componentSchemas);
    }
    this.defaultContentType = fields.string(root, "defaultContentType");
    this.security = new SecurityReader(references, fields,
        components == null ? null : fields.map(components, "securitySchemes"), threeX);
    this.messages = new MessageResolver(references, schemas, fields, diagnostics, defaultContentType, threeX);
  }

  Map<String, Message> componentMessages() {
    Map<String, Message> result = new LinkedHashMap<>();
    MapNode map = components == null ? null : fields.map(components, "messages");
    if (map != null) {
      for (String key : map.keys()) {
        Location location = new Location(rootFile, "/components/messages/" + JsonPointer.escape(key));
        Message message = messages.component(map, key, location);
        if (message != null) {
          result.put(key, message);
        }
      }
    }
    return result;
  }

  Map<String, Parameter> componentParameters(ParameterReader reader) {
    Map<String, Parameter> result = new LinkedHashMap<>();
    MapNode map = components == null ? null : fields.map(components, "parameters");
    if (map != null) {
      map.entries().forEach((key, node) -> {
        Location location = new Location(rootFile, "/components/parameters/" + JsonPointer.escape(key));
        Parameter parameter = reader.read(key, node, location);
        if (parameter != null) {
          result.put(key, parameter);
        }
      });
    }
    return result;
  }

  /**
   * The last passes: servers, every named schema, the model, then the checks on it (whose errors stay in
   * the diagnostics).
   *
   * @param serverUrl a server's address from its object: 2.x {@code url}, 3.x {@code host} and {@code pathname}
   */
  DocumentResolver.Resolution finish(String version, List<Channel> channels, Map<String, Message> componentMessages,
      Map<String, Parameter> componentParameters, Function<MapNode, String> serverUrl) {
    Map<String, Server> servers = Servers.of(root, references, fields, security, serverUrl);
    Map<String, NamedSchema> namedSchemas = schemas.buildAll();
    diagnostics.throwIfErrors();
    AsyncApi api = new AsyncApi(version, info(), defaultContentType, servers, channels, namedSchemas,
        componentMessages, componentParameters, security.schemes(), files.files());
    SemanticChecks.check(api, diagnostics);
    return new DocumentResolver.Resolution(api, messages.built());
  }

  private Info info() {
    MapNode info = fields.map(root, "info");
    if (info == null) {
      diagnostics.error(root.position(), "an AsyncAPI document needs 'info'");
      diagnostics.throwIfErrors();
    }
    return new Info(fields.string(info, "title"), fields.string(info, "version"), fields.string(info, "description"));
  }
}
