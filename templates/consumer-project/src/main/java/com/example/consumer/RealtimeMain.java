package com.example.consumer;

import io.appwrite.realtime.AccountEnvelope;
import io.appwrite.realtime.Channels;
import io.appwrite.realtime.DocumentEnvelope;
import io.appwrite.realtime.Realtime;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * Connects to an Appwrite Realtime endpoint with the generated {@link Realtime} facade and prints typed events until
 * the process is stopped. Arguments: the endpoint ({@code wss://host/v1/realtime}), the project id, and optionally
 * a database and collection whose document events to print as well as the account's.
 */
public final class RealtimeMain {
  private RealtimeMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2 && args.length != 4) {
      System.err.println("usage: RealtimeMain <wss://host/v1/realtime> <project> [<database> <collection>]");
      System.exit(2);
    }
    try (Realtime realtime = Realtime.builder()
        .uri(URI.create(args[0]))
        .project(args[1])
        .onStateChange(state -> System.out.println("state: " + state))
        .onError(error -> System.err.println("error: " + error))
        .build()) {
      realtime.subscribe(Channels.account(), (AccountEnvelope e) -> System.out.println(
          "account " + e.payload().id() + " " + e.events()));
      if (args.length == 4) {
        realtime.subscribe(Channels.databases(args[2]).collections(args[3]).documents(),
            (DocumentEnvelope e) -> System.out.println("document " + e.payload().id() + " " + e.events()));
      }
      // The client's threads are daemons: keep main alive until the process is stopped.
      new CountDownLatch(1).await();
    }
  }
}
