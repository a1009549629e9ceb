package com.example.consumer;

import com.example.orders.Channel;
import com.example.orders.Channels;
import com.example.orders.Kafka;
import com.example.orders.Order;
import com.example.orders.OrderPlacedHeaders;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.Subscription;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Places three orders on a Kafka broker through the generated {@link Kafka} facade, reads them back through a
 * subscription, prints them and exits. Argument: the broker's bootstrap servers ({@code host:port}).
 */
public final class KafkaMain {
  private KafkaMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: KafkaMain <bootstrap-servers>");
      System.exit(2);
    }
    List<Order> orders = List.of(
        new Order("o-1", "lamp", 1), new Order("o-2", "bulb", 12), new Order("o-3", "switch", 2));
    Channel<Order> placed = Channels.orders("eu").placed();
    CountDownLatch received = new CountDownLatch(orders.size());
    try (Kafka kafka = Kafka.builder()
        .bootstrapServers(args[0])
        .groupId("orders-example")
        .declareTopology(true) // creates orders.eu.placed with the spec's partitions if the broker lacks it
        .onError(error -> System.err.println("error: " + error))
        .build()) {
      // ready() completes once partitions are assigned, so every order placed after it is read.
      try (Subscription subscription = kafka.subscribe(placed, m -> {
        System.out.println("received " + m.payload() + " key " + m.key() + " headers " + m.headers()
            + " on " + m.channel().name());
        received.countDown();
      })) {
        subscription.ready().get(60, TimeUnit.SECONDS);
        Publisher<Order> publisher = kafka.publisher(placed);
        for (Order order : orders) {
          // get(): wait for the broker's acknowledgement (acks=all).
          publisher.message(order).key(order.orderId()).headers(new OrderPlacedHeaders("KafkaMain")).send()
              .get(30, TimeUnit.SECONDS);
          System.out.println("sent " + order);
        }
        if (!received.await(60, TimeUnit.SECONDS)) {
          System.err.println("timed out: " + received.getCount() + " orders not received");
          System.exit(1);
        }
      }
    }
  }
}
