package dev.asyncgen.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import dev.asyncgen.runtime.Published;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The client's one publishing channel, in confirm mode: each send's future completes on the broker's ack and fails
 * on its nack, on a return (mandatory) or when the channel closes first. The library recovers the channel with its
 * connection; a channel the broker closed for an error (say, a missing exchange) is replaced by a new one.
 */
final class PublishingChannel {
    private final Supplier<Connection> connection;
    private final String returnIdPrefix;
    private final AtomicLong returnIds = new AtomicLong();
    private final Topology topology;
    private final Set<AmqpExchange> exchanges = new LinkedHashSet<>();
    private Confirming current;
    private boolean closed;

    PublishingChannel(Supplier<Connection> connection, String returnIdPrefix, Topology topology) {
        this.connection = connection;
        this.returnIdPrefix = returnIdPrefix;
        this.topology = topology;
    }

    /** Records an exchange publishers use, declared (under declareTopology) whenever the channel opens. */
    synchronized void use(AmqpExchange exchange) throws IOException {
        if (exchanges.add(exchange) && current != null && current.channel.isOpen()) {
            topology.declare(current.channel, exchange);
        }
    }

    /** Opens the channel now (on connecting) so that declarations fail early, where they are reported. */
    synchronized void openNow() throws IOException {
        if (current == null || !current.channel.isOpen()) {
            current = null;
            open();
        }
    }

    CompletableFuture<Published> publish(
            String exchange, String routingKey, boolean mandatory, AMQP.BasicProperties properties, byte[] body) {
        synchronized (this) {
            Confirming confirming;
            try {
                confirming = open();
            } catch (IOException | RuntimeException notOpen) {
                return CompletableFuture.failedFuture(new AmqpPublishException(
                        "not sent to exchange '" + exchange + "': " + notOpenReason(notOpen), false, notOpen));
            }
            return confirming.publish(exchange, routingKey, mandatory, properties, body);
        }
    }

    private Confirming open() throws IOException {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        if (current != null) {
            if (current.channel.isOpen()) {
                return current;
            }
            if (!current.closedByChannelError) {
                throw new IllegalStateException("not connected to the broker (recovering)");
            }
        }
        Connection open = connection.get();
        if (open == null || !open.isOpen()) {
            throw new IllegalStateException("not connected to the broker");
        }
        Channel channel = open.createChannel();
        if (channel == null) {
            throw new IOException("the broker has no channel left for publishing");
        }
        Confirming confirming = new Confirming(channel);
        channel.confirmSelect();
        for (AmqpExchange exchange : exchanges) {
            topology.declare(channel, exchange);
        }
        current = confirming;
        return current;
    }

    private static String notOpenReason(Exception notOpen) {
        return notOpen instanceof IllegalStateException ? notOpen.getMessage() : Failures.replyText(notOpen);
    }

    /** Fails what is still unconfirmed and closes the channel. */
    void close() {
        Confirming last;
        synchronized (this) {
            closed = true;
            last = current;
            current = null;
        }
        if (last != null) {
            last.failAll("the client closed before the broker confirmed", true, null);
            try {
                last.channel.abort();
            } catch (IOException | RuntimeException ignored) {
                // Closing anyway: the connection closes next.
            }
        }
    }

    /** One channel incarnation's confirms: its listeners touch only its own pending sends. */
    private final class Confirming {
        private final Channel channel;
        private final ConcurrentNavigableMap<Long, Pending> pending = new ConcurrentSkipListMap<>();
        private final Map<String, Long> returnable = new ConcurrentHashMap<>();
        private volatile boolean closedByChannelError;

        Confirming(Channel channel) {
            this.channel = channel;
            channel.addConfirmListener((sequence, multiple) -> settle(sequence, multiple, null),
                    (sequence, multiple) -> settle(sequence, multiple, "the broker refused the message (nack)"));
            channel.addReturnListener(returned -> {
                String id = returned.getProperties().getMessageId();
                Long sequence = id == null ? null : returnable.remove(id);
                Pending sent = sequence == null ? null : pending.remove(sequence);
                if (sent != null) {
                    sent.future.completeExceptionally(new AmqpPublishException("returned by the broker: "
                            + returned.getReplyCode() + " " + returned.getReplyText() + " (exchange '"
                            + returned.getExchange() + "', routing key '" + returned.getRoutingKey() + "')",
                            false, null));
                }
            });
            channel.addShutdownListener(this::lost);
        }

        CompletableFuture<Published> publish(
                String exchange, String routingKey, boolean mandatory, AMQP.BasicProperties properties, byte[] body) {
            CompletableFuture<Published> future = new CompletableFuture<>();
            long sequence = channel.getNextPublishSeqNo();
            AMQP.BasicProperties sent = properties;
            if (mandatory) {
                String id = returnIdPrefix + returnIds.incrementAndGet();
                sent = properties.builder().messageId(id).build();
                returnable.put(id, sequence);
            }
            pending.put(sequence, new Pending(future, exchange, routingKey, sequence));
            try {
                channel.basicPublish(exchange, routingKey, mandatory, sent, body);
            } catch (IOException | AlreadyClosedException notSent) {
                pending.remove(sequence);
                future.completeExceptionally(new AmqpPublishException(
                        "not sent to exchange '" + exchange + "': " + Failures.replyText(notSent), true, notSent));
            }
            return future;
        }

        private void settle(long sequence, boolean multiple, String refused) {
            Map<Long, Pending> settled = multiple ? pending.headMap(sequence, true) : pendingOne(sequence);
            for (Pending sent : settled.values().toArray(Pending[]::new)) {
                pending.remove(sent.sequence);
                if (refused == null) {
                    sent.future.complete(new Published(sent.routingKey,
                            new AmqpConfirm(sent.exchange, sent.routingKey, sent.sequence)));
                } else {
                    sent.future.completeExceptionally(new AmqpPublishException(refused, false, null));
                }
            }
            if (returnable.size() > pending.size()) {
                returnable.values().removeIf(returned -> !pending.containsKey(returned));
            }
        }

        private Map<Long, Pending> pendingOne(long sequence) {
            Pending one = pending.get(sequence);
            return one == null ? Map.of() : Map.of(sequence, one);
        }

        private void lost(ShutdownSignalException signal) {
            closedByChannelError = !signal.isHardError() && !signal.isInitiatedByApplication();
            failAll("the channel closed before the broker confirmed: " + Failures.replyText(signal), true, signal);
        }

        void failAll(String why, boolean mayHaveArrived, Throwable cause) {
            for (Long sequence : pending.keySet().toArray(Long[]::new)) {
                Pending sent = pending.remove(sequence);
                if (sent != null) {
                    sent.future.completeExceptionally(new AmqpPublishException(why, mayHaveArrived, cause));
                }
            }
            returnable.clear();
        }
    }

    private record Pending(CompletableFuture<Published> future, String exchange, String routingKey, long sequence) {}
}
