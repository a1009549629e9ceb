package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the protocol bindings of a server, channel, operation or message, protocol by protocol: a Kafka
 * key, an AMQP exchange, an MQTT QoS. Generated code does not read them, but clients and brokers configured
 * by them must follow.
 */
final class BindingComparison {
  private BindingComparison() {}

  /** @param owner how findings name the thing bound: {@code servers.prod}, {@code commands}, ... */
  static void compare(String owner, Map<String, Object> was, Map<String, Object> now, SourcePosition position,
      Findings findings) {
    TreeSet<String> protocols = new TreeSet<>(was.keySet());
    protocols.addAll(now.keySet());
    for (String protocol : protocols) {
      Object old = was.get(protocol);
      Object value = now.get(protocol);
      if (Objects.equals(canonical(old), canonical(value))) {
        continue;
      }
      String subject = owner + " bindings." + protocol;
      String change = old == null ? "added" : value == null ? "removed" : "changed";
      boolean versionOnly = old != null && value != null
          && canonical(withoutVersion(old)).equals(canonical(withoutVersion(value)));
      findings.add(Rule.BINDING_CHANGED, subject, canonical(value), position,
          subject + ": binding " + (versionOnly ? "version " : "") + change + (value == null ? ""
              : " (" + canonical(value) + ")"),
          versionOnly ? Verdict.info("only the binding's version changed")
              : Verdict.warn("clients and brokers set up by the old " + protocol + " binding must change"),
          Verdict.info("no generated code"));
    }
  }

  /** A value as text, map keys sorted, so that the order the spec writes them in is no change. */
  static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(BindingComparison::canonical).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static Object withoutVersion(Object binding) {
    if (!(binding instanceof Map<?, ?> map)) {
      return binding;
    }
    Map<Object, Object> copy = new TreeMap<>(map);
    copy.remove("bindingVersion");
    return copy;
  }
}
