package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.util.List;
import java.util.Objects;

/** Compares servers: generated code has no server API, so these matter to configuration only. */
final class ServerComparison {
  private static final Verdict NO_CODE = Verdict.info("no generated code");

  private ServerComparison() {}

  static void compare(Side before, Side after, Findings findings) {
    for (Server now : after.api().servers().values()) {
      Server was = before.api().servers().get(now.name());
      if (was == null) {
        findings.add(Rule.SERVER_ADDED, "servers." + now.name(), "", after.at(now.position()),
            "servers." + now.name() + ": server added", Verdict.info("a new place to connect to"), NO_CODE);
        continue;
      }
      if (!Objects.equals(was.address(), now.address()) || !Objects.equals(was.protocol(), now.protocol())) {
        // Addresses, not urls: a 2.x url with its scheme and the 3.x host and pathname it became are one place.
        findings.add(Rule.SERVER_CHANGED, "servers." + now.name(), now.address(),
            after.at(now.position()), "servers." + now.name() + ": now " + now.address()
                + " (was " + was.address() + ")",
            Verdict.warn("clients configured with the old address or protocol must change"), NO_CODE);
      }
      changed(was, now, after, findings);
    }
    for (Server was : before.api().servers().values()) {
      if (!after.api().servers().containsKey(was.name())) {
        findings.add(Rule.SERVER_REMOVED, "servers." + was.name(), "", before.at(was.position()),
            "servers." + was.name() + ": server removed",
            Verdict.warn("clients configured for it must move"), NO_CODE);
      }
    }
  }

  /** What a server kept under its name says besides its address. */
  private static void changed(Server was, Server now, Side after, Findings findings) {
    String subject = "servers." + now.name();
    if (!Objects.equals(was.protocolVersion(), now.protocolVersion())) {
      findings.add(Rule.SERVER_PROTOCOL_VERSION_CHANGED, subject, String.valueOf(now.protocolVersion()),
          after.at(now.position()), subject + ": protocol version " + describe(was.protocolVersion()) + " became "
              + describe(now.protocolVersion()),
          Verdict.warn("clients built for the old protocol version may not speak the new one"), NO_CODE);
    }
    for (ServerVariable variable : now.variables().values()) {
      ServerVariable old = was.variables().get(variable.name());
      if (old != null) {
        variable(subject + " {" + variable.name() + "}", old, variable, after, findings);
      }
    }
    SecurityComparison.compare(subject, was.security(), now.security(), after.at(now.position()), findings);
    BindingComparison.compare(subject, was.bindings(), now.bindings(), after.at(now.position()), findings);
  }

  /** A variable's allowed values (a value removed) and its default; added or removed variables move the address. */
  private static void variable(String subject, ServerVariable was, ServerVariable now, Side after,
      Findings findings) {
    List<String> gone = was.enumValues().stream().filter(v -> !now.enumValues().contains(v)).sorted().toList();
    if (!now.enumValues().isEmpty() && (was.enumValues().isEmpty() || !gone.isEmpty())) {
      String change = was.enumValues().isEmpty() ? "now limited to " + String.join(", ", now.enumValues())
          : "no longer allows " + String.join(", ", gone);
      findings.add(Rule.SERVER_VARIABLE_CHANGED, subject, "enum " + String.join(", ", now.enumValues().stream()
              .sorted().toList()), after.at(now.position()), subject + ": " + change,
          Verdict.warn("clients configured with a value it no longer allows must change"), NO_CODE);
    }
    if (!Objects.equals(was.defaultValue(), now.defaultValue())) {
      findings.add(Rule.SERVER_VARIABLE_CHANGED, subject, "default " + now.defaultValue(), after.at(now.position()),
          subject + ": default " + describe(was.defaultValue()) + " became " + describe(now.defaultValue()),
          Verdict.warn("clients that rely on the default now connect elsewhere"), NO_CODE);
    }
  }

  private static String describe(String value) {
    return value == null ? "(none)" : "'" + value + "'";
  }
}
