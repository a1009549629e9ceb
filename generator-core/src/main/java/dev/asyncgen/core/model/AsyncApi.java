package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved AsyncAPI document, 2.x or 3.x alike: every {@code $ref} followed, traits merged. Naming,
 * emit, output and diff read only this; it holds no YAML and no version-specific shape.
 *
 * @param schemas every named schema: the components' schemas first, in document order, then those
 *     reached by a {@code $ref} to somewhere else (another file, say), in the order first met
 * @param securitySchemes the components' security schemes, by name, in document order
 * @param files every file read: the root spec first
 */
public record AsyncApi(
    String asyncapiVersion,
    Info info,
    String defaultContentType,
    Map<String, Server> servers,
    List<Channel> channels,
    Map<String, NamedSchema> schemas,
    Map<String, Message> messages,
    Map<String, Parameter> parameters,
    Map<String, SecurityScheme> securitySchemes,
    List<SourceFile> files) {

  public AsyncApi {
    servers = Maps.copyOf(servers);
    channels = List.copyOf(channels);
    schemas = Maps.copyOf(schemas);
    messages = Maps.copyOf(messages);
    parameters = Maps.copyOf(parameters);
    securitySchemes = Maps.copyOf(securitySchemes);
    files = List.copyOf(files);
  }

  public Optional<NamedSchema> schema(String name) {
    return Optional.ofNullable(schemas.get(name));
  }

  public Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Every operation, channel by channel. */
  public List<Operation> operations() {
    return channels.stream().flatMap(channel -> channel.operations().stream()).toList();
  }

  public SourceFile rootFile() {
    return files.get(0);
  }
}
