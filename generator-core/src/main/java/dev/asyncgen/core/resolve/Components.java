package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The component messages and parameters, read alike in every version, each shared with its references. */
final class Components {
  /** Reads one component parameter the version's way. */
  interface ParameterReader {
    Parameter read(String name, SpecNode node, Location location);
  }

  private Components() {}

  static Map<String, Message> messages(MapNode components, SourceFile rootFile, Fields fields,
      MessageResolver resolver) {
    Map<String, Message> messages = new LinkedHashMap<>();
    MapNode map = components == null ? null : fields.map(components, "messages");
    if (map != null) {
      for (String key : map.keys()) {
        Location location = new Location(rootFile, "/components/messages/" + JsonPointer.escape(key));
        Message message = resolver.component(map, key, location);
        if (message != null) {
          messages.put(key, message);
        }
      }
    }
    return messages;
  }

  static Map<String, Parameter> parameters(MapNode components, SourceFile rootFile, Fields fields,
      ParameterReader reader) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    MapNode map = components == null ? null : fields.map(components, "parameters");
    if (map != null) {
      map.entries().forEach((key, node) -> {
        Location location = new Location(rootFile, "/components/parameters/" + JsonPointer.escape(key));
        Parameter parameter = reader.read(key, node, location);
        if (parameter != null) {
          parameters.put(key, parameter);
        }
      });
    }
    return parameters;
  }
}
