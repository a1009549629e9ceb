package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.Server;
import java.util.Objects;

/** Compares servers: generated code has no server API, so these matter to configuration only. */
final class ServerComparison {
  private ServerComparison() {}

  static void compare(Side before, Side after, Findings findings) {
    for (Server now : after.api().servers().values()) {
      Server was = before.api().servers().get(now.name());
      if (was == null) {
        findings.add(Rule.SERVER_ADDED, "servers." + now.name(), "", after.at(now.position()),
            "servers." + now.name() + ": server added", Verdict.info("a new place to connect to"),
            Verdict.info("no generated code"));
      } else if (!Objects.equals(was.address(), now.address()) || !Objects.equals(was.protocol(), now.protocol())) {
        // Addresses, not urls: a 2.x url with its scheme and the 3.x host and pathname it became are one place.
        findings.add(Rule.SERVER_CHANGED, "servers." + now.name(), now.address(),
            after.at(now.position()), "servers." + now.name() + ": now " + now.address()
                + " (was " + was.address() + ")",
            Verdict.warn("clients configured with the old address or protocol must change"),
            Verdict.info("no generated code"));
      }
    }
    for (Server was : before.api().servers().values()) {
      if (!after.api().servers().containsKey(was.name())) {
        findings.add(Rule.SERVER_REMOVED, "servers." + was.name(), "", before.at(was.position()),
            "servers." + was.name() + ": server removed",
            Verdict.warn("clients configured for it must move"), Verdict.info("no generated code"));
      }
    }
  }
}
