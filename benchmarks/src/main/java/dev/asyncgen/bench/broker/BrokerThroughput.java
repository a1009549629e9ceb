package dev.asyncgen.bench.broker;

import dev.asyncgen.runtime.JacksonCodec;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToDoubleFunction;

/**
 * Messages per second produced and consumed through the generated Kafka facade against kafka-clients used directly
 * with String serialisation, on one in-JVM KRaft broker, and the bytes the client's threads allocate per message
 * ({@code ThreadMXBean}: JMH's {@code -prof gc} would count the broker's allocation too, as it runs in this JVM).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.asyncgen.bench.broker.BrokerThroughput [MESSAGES [ROUNDS [WARM-UP]]]</pre>
 *
 * Each round gives each client a fresh topic of one partition; which client goes first alternates by round.
 */
public final class BrokerThroughput {
    private BrokerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        checkSameBytes();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (InJvmBroker broker = new InJvmBroker()) {
            System.out.printf(Locale.ROOT, "broker started in %.1f s; %,d messages of %d to %d bytes per phase, %d rounds"
                    + " after %d of warm-up; JDK %s, %d cores, load average %.1f%n",
                    (System.nanoTime() - started) / 1e9, messages, Readings.json(0).length(),
                    Readings.json(messages - 1).length(), rounds, warmUp, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            try (BenchClient typed = new TypedClient(broker.bootstrapServers(), problems::add);
                    BenchClient plain = new PlainClient(broker.bootstrapServers(), PlainClient.Format.TEXT);
                    BenchClient jackson = new PlainClient(broker.bootstrapServers(), PlainClient.Format.JACKSON);
                    BenchClient raw = new RawRuntimeClient(broker.bootstrapServers(), problems::add)) {
                Map<BenchClient, List<Phase[]>> results = new LinkedHashMap<>();
                List<BenchClient> clients = List.of(typed, plain, jackson, raw);
                clients.forEach(client -> results.put(client, new ArrayList<>()));
                for (int round = 1 - warmUp; round <= rounds; round++) {
                    // Each client goes first, second, third and last in turn: the machine's load drifts.
                    List<BenchClient> order = new ArrayList<>(clients);
                    java.util.Collections.rotate(order, Math.floorMod(round, clients.size()));
                    for (BenchClient client : order) {
                        String run = clients.indexOf(client) + "-" + (round + warmUp);
                        broker.createTopic("readings." + run);
                        Phase produced = client.produce(run, messages);
                        Phase consumed = client.consume(run, messages);
                        System.out.printf(Locale.ROOT, "%-9s %-42s produce %,9.0f/s %,7.0f B/msg   consume %,9.0f/s %,7.0f B/msg%n",
                                round <= 0 ? "warm-up" : "round " + round, client.name(), produced.perSecond(),
                                produced.bytesPerMessage(), consumed.perSecond(), consumed.bytesPerMessage());
                        if (round > 0) {
                            results.get(client).add(new Phase[] {produced, consumed});
                        }
                    }
                }
                report(results, typed, plain, jackson, raw);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            throw new IllegalStateException(problems.size() + " problems reported by the typed client");
        }
        System.out.printf(Locale.ROOT, "%.0f s in all%n", (System.nanoTime() - started) / 1e9);
    }

    /** The comparison holds only if both clients send the same bytes: the codec's output and the hand-built text. */
    private static void checkSameBytes() throws Exception {
        JacksonCodec codec = JacksonCodec.standard();
        for (int i = 0; i < 2_000; i++) {
            byte[] typed = codec.encode(Readings.record(i));
            byte[] plain = Readings.json(i).getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(typed, plain)) {
                throw new IllegalStateException("message " + i + " differs: " + new String(typed, StandardCharsets.UTF_8)
                        + " against " + Readings.json(i));
            }
        }
    }

    private static void report(Map<BenchClient, List<Phase[]>> results, BenchClient typed, BenchClient plain,
            BenchClient jackson, BenchClient raw) {
        System.out.println();
        System.out.println("median (lowest to highest)                  produced/s                    B/msg    consumed/s                    B/msg");
        for (Map.Entry<BenchClient, List<Phase[]>> entry : results.entrySet()) {
            List<Phase[]> phases = entry.getValue();
            System.out.printf(Locale.ROOT, "%-42s %s %,7.0f   %s %,7.0f%n", entry.getKey().name(),
                    spread(phases, p -> p[0].perSecond()), median(phases, p -> p[0].bytesPerMessage()),
                    spread(phases, p -> p[1].perSecond()), median(phases, p -> p[1].bytesPerMessage()));
        }
        ratio(results, typed, plain, "typed / plain (the goal: at least 0.90)");
        ratio(results, typed, jackson, "typed / plain + Jackson (what the runtime adds besides JSON)");
        ratio(results, raw, plain, "runtime with byte[] payloads / plain (the runtime alone, no JSON either side)");
    }

    private static void ratio(Map<BenchClient, List<Phase[]>> results, BenchClient client, BenchClient baseline, String title) {
        double produce = median(results.get(client), p -> p[0].perSecond()) / median(results.get(baseline), p -> p[0].perSecond());
        double consume = median(results.get(client), p -> p[1].perSecond()) / median(results.get(baseline), p -> p[1].perSecond());
        System.out.printf(Locale.ROOT, "%s, medians: produce %.2f, consume %.2f%n", title, produce, consume);
    }

    private static String spread(List<Phase[]> phases, ToDoubleFunction<Phase[]> value) {
        double[] sorted = phases.stream().mapToDouble(value).sorted().toArray();
        return String.format(Locale.ROOT, "%,9.0f (%,7.0f to %,7.0f)", median(phases, value), sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(List<Phase[]> phases, ToDoubleFunction<Phase[]> value) {
        double[] sorted = phases.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
