package dev.asyncgen.core.naming;

import java.util.Locale;

/** Whose side the generated broker clients take ({@code --role}). */
public enum Role {
  /**
   * The documented application's peers, the default: they subscribe to what the application sends and publish
   * what it receives.
   */
  CLIENT,
  /** The documented application itself: it publishes what it sends and subscribes to what it receives. */
  APPLICATION;

  /**
   * The role named {@code client} or {@code application}, in any case.
   *
   * @throws IllegalArgumentException naming the values allowed
   */
  public static Role named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "client" -> CLIENT;
      case "application" -> APPLICATION;
      default -> throw new IllegalArgumentException("'" + name + "' is not one of client, application");
    };
  }

  /** Whether this role publishes on a channel where the documented application does {@code action}. */
  public boolean publishes(dev.asyncgen.core.model.Operation.Action action) {
    return this == CLIENT
        ? action == dev.asyncgen.core.model.Operation.Action.RECEIVE
        : action == dev.asyncgen.core.model.Operation.Action.SEND;
  }

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }
}
