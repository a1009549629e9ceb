package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Checks the Amqp bindings a {@link BrokerPlan} carries: what the client cannot honour is a warning naming it. */
final class AmqpBindingsCheck {
  /** Security scheme types the facade's builder has a setter for. */
  static final Set<String> SUPPORTED_SECURITY = Set.of("userpassword", "plain", "x509");

  private AmqpBindingsCheck() {}

  /** @param document the start of the root document, for findings about the whole spec */
  static void check(BrokerPlan plan, SourcePosition document, Diagnostics diagnostics) {
    for (BrokerPlan.BrokerServer server : plan.servers()) {
      for (String field : server.bindings().keySet()) {
        if (!field.equals("bindingVersion")) {
          diagnostics.warning(server.position(), "server '" + server.name() + "': AMQP server binding field '"
              + field + "' is not an AMQP 0-9-1 binding field; it is ignored");
        }
      }
      String version = server.protocolVersion();
      if (version != null && !version.replace('-', '.').equals("0.9.1")) {
        diagnostics.warning(server.position(), "server '" + server.name() + "': protocolVersion '" + version
            + "' is not AMQP 0-9-1, the only version the Amqp facade speaks");
      }
      for (SecurityScheme scheme : server.security()) {
        String type = scheme.type() == null ? "" : scheme.type().toLowerCase(Locale.ROOT);
        if (!SUPPORTED_SECURITY.contains(type)) {
          diagnostics.warning(scheme.position() != null ? scheme.position() : server.position(),
              "server '" + server.name() + "': security scheme '" + scheme.name() + "' of type '" + scheme.type()
                  + "' has no Amqp builder setter (userPassword and X509 have); set it up through"
                  + " Amqp.Builder.client(...)");
        }
      }
    }
    List<AmqpBindings> channels = new ArrayList<>();
    for (BrokerPlan.BrokerChannel channel : plan.channels()) {
      channels.add(AmqpBindings.read(channel, diagnostics));
    }
    String vhost = AmqpBindings.virtualHost(channels);
    for (AmqpBindings channel : channels) {
      for (String other : new String[] {channel.exchange().vhost(),
          channel.queue() == null ? null : channel.queue().vhost()}) {
        if (other != null && !Objects.equals(other, vhost)) {
          diagnostics.warning(channel.channel().position(), "channel '" + channel.channel().id()
              + "': AMQP vhost '" + other + "' differs from '" + vhost + "', the one virtual host the Amqp client"
              + " connects to");
        }
      }
    }
  }
}
