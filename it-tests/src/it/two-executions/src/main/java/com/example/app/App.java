package com.example.app;

import com.example.orders.Order;
import com.example.users.User;
import java.time.Instant;

/** Uses the code of both executions; dateTimeType, configured for both, makes placedAt an Instant. */
public final class App {
  private App() {}

  public static String describe(Order order, User user) {
    Instant placedAt = order.placedAt();
    return user.id() + " placed " + order.id() + " at " + placedAt + " on "
        + com.example.orders.Channels.orders().name() + ", signed up on "
        + com.example.users.Channels.users(user.id()).signup().name();
  }
}
