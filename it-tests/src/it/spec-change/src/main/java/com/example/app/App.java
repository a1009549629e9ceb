package com.example.app;

import com.example.shop.Channel;
import com.example.shop.Channels;
import com.example.shop.Order;

/** Uses only what every version of the spec generates, so it compiles against each of them. */
public final class App {
  private App() {}

  public static String describe(Order order) {
    Channel<Order> channel = Channels.orders(order.id());
    return channel.name();
  }
}
