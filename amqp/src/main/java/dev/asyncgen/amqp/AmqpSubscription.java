package dev.asyncgen.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import dev.asyncgen.runtime.Delivery;
import dev.asyncgen.runtime.DeliveryDispatcher;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Settlement;
import dev.asyncgen.runtime.Subscription;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One consumer on its own channel (its own prefetch; a refused queue closes only this channel). The library
 * recovers channel, private queue, binding and consumer with the connection; unacknowledged messages come back
 * marked redelivered.
 */
final class AmqpSubscription implements Subscription {
    private final AmqpSource source;
    private final SubscribeOptions options;
    private final Topology topology;
    private final DeliveryDispatcher<?, ?> dispatcher;
    private final Consumer<Problem> problems;
    private final Runnable onClose;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean active = new AtomicBoolean(true);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Channel channel;
    private volatile String queueName;

    AmqpSubscription(AmqpSource source, SubscribeOptions options, Topology topology, DeliveryDispatcher<?, ?> dispatcher,
            Consumer<Problem> problems, Runnable onClose) {
        this.source = source;
        this.options = options;
        this.topology = topology;
        this.dispatcher = dispatcher;
        this.problems = problems;
        this.onClose = onClose;
    }

    @Override
    public String address() {
        return source.queue() != null ? source.queue().name() : source.bindingKey();
    }

    /** The queue consumed from: the named one, or the private queue's server-given name once declared. */
    String queueName() {
        return queueName;
    }

    @Override
    public CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public boolean isActive() {
        return active.get();
    }

    /** Declares what it needs and starts consuming; on the client's connector thread. */
    void start(Connection connection, int prefetch) {
        // Once: the library restarts the consumer after a recovery; a subscription made while connecting is
        // handed over both by the connect and by its own task.
        if (!active.get() || !started.compareAndSet(false, true)) {
            return;
        }
        try {
            Channel opened = connection.createChannel();
            channel = opened;
            opened.basicQos(options.prefetch() > 0 ? options.prefetch() : prefetch);
            String queue = topology.declareFor(opened, source);
            queueName = queue;
            opened.addShutdownListener(this::channelClosed);
            opened.basicConsume(queue, !options.brokerAcks(), new DefaultConsumer(opened) {
                @Override
                public void handleConsumeOk(String consumerTag) {
                    ready.complete(null);
                }

                @Override
                public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                        byte[] body) {
                    deliver(opened, queue, envelope, properties, body);
                }

                @Override
                public void handleCancel(String consumerTag) {
                    problems.accept(new Problem(Problem.Kind.SERVER, address(), source.describe(),
                            "the broker cancelled the subscription (queue deleted?)", null, null));
                    active.set(false);
                }
            });
            if (!active.get()) {
                abort(opened);
            }
        } catch (IOException | RuntimeException refused) {
            String why = "cannot subscribe to " + source.describe() + ": " + Failures.replyText(refused);
            problems.accept(new Problem(Problem.Kind.SERVER, address(), source.describe(), why, null, refused));
            ready.completeExceptionally(new IllegalStateException(why, refused));
            close();
        }
    }

    private void deliver(Channel on, String queue, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        long tag = envelope.getDeliveryTag();
        Settlement settlement = options.brokerAcks() ? new ChannelSettlement(on, tag) : NoAck.INSTANCE;
        dispatcher.dispatch(new Delivery(
                envelope.getRoutingKey(),
                body,
                HeaderText.fromTable(properties.getHeaders()),
                null,
                envelope.isRedeliver(),
                new AmqpDelivery(envelope.getExchange(), envelope.getRoutingKey(), queue, tag, properties),
                () -> "queue " + queue + " delivery tag " + tag + " (exchange '" + envelope.getExchange()
                        + "', routing key '" + envelope.getRoutingKey() + "')",
                settlement));
    }

    private void channelClosed(ShutdownSignalException signal) {
        if (!signal.isHardError() && !signal.isInitiatedByApplication() && active.get()) {
            problems.accept(new Problem(Problem.Kind.SERVER, address(), source.describe(),
                    "the broker closed the subscription's channel: " + Failures.replyText(signal), null, signal));
            ready.completeExceptionally(new IllegalStateException(Failures.replyText(signal), signal));
            active.set(false);
        }
    }

    /** Ends the subscription before it started, because the client closes. */
    void abandon(String why) {
        ready.completeExceptionally(new IllegalStateException(why));
        active.set(false);
    }

    @Override
    public void close() {
        if (!active.getAndSet(false)) {
            return;
        }
        ready.completeExceptionally(new IllegalStateException("closed before the broker confirmed the subscription"));
        Channel open = channel;
        if (open != null) {
            try {
                open.close();
            } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException alreadyGone) {
                abort(open);
            }
        }
        onClose.run();
    }

    private static void abort(Channel channel) {
        try {
            channel.abort();
        } catch (IOException | RuntimeException ignored) {
            // Gone already: nothing left to close.
        }
    }

    private record ChannelSettlement(Channel channel, long tag) implements Settlement {
        @Override
        public CompletionStage<Void> ack() {
            try {
                channel.basicAck(tag, false);
                return CompletableFuture.completedFuture(null);
            } catch (IOException | RuntimeException notAcked) {
                return CompletableFuture.failedFuture(notAcked);
            }
        }

        @Override
        public CompletionStage<Void> reject(boolean requeue) {
            try {
                channel.basicNack(tag, false, requeue);
                return CompletableFuture.completedFuture(null);
            } catch (IOException | RuntimeException notRejected) {
                return CompletableFuture.failedFuture(notRejected);
            }
        }
    }

    /** {@code ack: false}: the broker forgot the message when it sent it. */
    private enum NoAck implements Settlement {
        INSTANCE;

        @Override
        public CompletionStage<Void> ack() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> reject(boolean requeue) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
