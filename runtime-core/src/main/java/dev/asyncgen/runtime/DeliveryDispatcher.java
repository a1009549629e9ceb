package dev.asyncgen.runtime;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decodes deliveries, calls the handler and settles each one: the part of receiving every protocol shares. It never
 * throws to the transport's thread, so a bad message or handler cannot stall a partition, topic or queue: it is
 * reported with its bytes and where it came from, given to the dead-letter hook, and then skipped (rejected without
 * requeue).
 *
 * @param <C> the generated channel type
 * @param <P> the payload type
 */
public final class DeliveryDispatcher<C, P> {
    private final Codec codec;
    private final Function<String, Optional<Route<C, P>>> routes;
    private final MessageHandler<? super ReceivedMessage<C, P>> handler;
    private final AckMode ackMode;
    private final Consumer<? super ClientError> errors;
    private final DeadLetterHandler deadLetters;
    /** The last address routed and its route: a subscription mostly sees one address, looked up once. */
    private volatile Routed<C, P> lastRouted;

    private record Routed<C, P>(String address, Optional<Route<C, P>> route) {}

    /**
     * @param routes the route of a concrete address, empty when the address is not the subscription's; a function
     *     of the address alone: asked again only when a message comes on another address than the last
     */
    public DeliveryDispatcher(
            Codec codec,
            Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler,
            AckMode ackMode,
            Consumer<? super ClientError> errors,
            DeadLetterHandler deadLetters) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.ackMode = Objects.requireNonNull(ackMode, "ackMode");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** Handles one delivery to the end: decoded, handled, settled; never throws. */
    public void dispatch(Delivery delivery) {
        Optional<Route<C, P>> route;
        try {
            route = route(delivery.address());
        } catch (RuntimeException bug) {
            skip(delivery, Problem.Kind.INTERNAL, "routing failed: " + bug, bug);
            return;
        }
        if (route.isEmpty()) {
            skip(delivery, Problem.Kind.UNROUTED, "no subscribed channel matches the address " + delivery.address(), null);
            return;
        }
        Decoded<C, P> message;
        try {
            message = decode(delivery, route.get());
        } catch (IOException | RuntimeException undecodable) {
            skip(delivery, Problem.Kind.DECODE, "does not decode as " + route.get().payloadType().getSimpleName()
                    + DecodeErrors.where(undecodable), undecodable);
            return;
        }
        try {
            handler.handle(message);
        } catch (Exception | Error thrown) {
            if (thrown instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            if (!message.isSettled()) {
                message.nack(thrown, false);
            } else {
                report(problem(delivery, Problem.Kind.HANDLER, "the handler threw after settling: " + thrown, thrown));
            }
            return;
        }
        if (ackMode == AckMode.AUTO && !message.isSettled()) {
            message.ack();
        }
    }

    /** The routes are a function of the address: the last one answered is asked again only for another address. */
    private Optional<Route<C, P>> route(String address) {
        Routed<C, P> last = lastRouted;
        if (last != null && last.address().equals(address)) {
            return last.route();
        }
        Optional<Route<C, P>> route = Objects.requireNonNull(routes.apply(address), "route");
        lastRouted = new Routed<>(address, route);
        return route;
    }

    private Decoded<C, P> decode(Delivery delivery, Route<C, P> route) throws IOException {
        P payload = codec.decode(delivery.payload(), route.payloadType());
        Object headers = route.headersType() == null || delivery.headers().isEmpty()
                ? null
                : codec.decodeHeaders(delivery.headers(), route.headersType());
        Object key = Keys.decode(codec, delivery.key(), route.keyType());
        return new Decoded<>(this, delivery, route.channel(), payload, headers, key);
    }

    private void skip(Delivery delivery, Problem.Kind kind, String text, Throwable cause) {
        Problem problem = problem(delivery, kind, text, cause);
        report(problem);
        deadLetter(delivery, problem);
        delivery.settlement().reject(false);
    }

    private void deadLetter(Delivery delivery, Problem problem) {
        try {
            deadLetters.deadLetter(
                    new DeadLetter(problem, delivery.address(), delivery.payload(), delivery.headers(), delivery.key()));
        } catch (Exception | Error thrown) {
            if (thrown instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            report(problem(delivery, Problem.Kind.DEAD_LETTER, "the dead-letter handler threw: " + thrown, thrown));
        }
    }

    private static Problem problem(Delivery delivery, Problem.Kind kind, String text, Throwable cause) {
        return new Problem(kind, delivery.address(), delivery.source(), text, delivery.payload(), cause);
    }

    private void report(ClientError error) {
        try {
            errors.accept(error);
        } catch (RuntimeException ignored) {
            // A listener that throws must not stop delivery; there is nowhere left to report it.
        }
    }

    private static final class Decoded<C, P> implements ReceivedMessage<C, P> {
        @SuppressWarnings("rawtypes")
        private static final AtomicIntegerFieldUpdater<Decoded> SETTLED =
                AtomicIntegerFieldUpdater.newUpdater(Decoded.class, "settled");
        private final DeliveryDispatcher<C, P> dispatcher;
        private final Delivery delivery;
        private final C channel;
        private final P payload;
        private final Object headers;
        private final Object key;
        /** 1 once acknowledged or rejected; a field updater rather than an AtomicBoolean per message. */
        private volatile int settled;

        Decoded(DeliveryDispatcher<C, P> dispatcher, Delivery delivery, C channel, P payload, Object headers, Object key) {
            this.dispatcher = dispatcher;
            this.delivery = delivery;
            this.channel = channel;
            this.payload = payload;
            this.headers = headers;
            this.key = key;
        }

        @Override
        public C channel() {
            return channel;
        }

        @Override
        public P payload() {
            return payload;
        }

        @Override
        public Object headers() {
            return headers;
        }

        @Override
        public Object key() {
            return key;
        }

        @Override
        public String address() {
            return delivery.address();
        }

        @Override
        public boolean redelivered() {
            return delivery.redelivered();
        }

        @Override
        public <M> Optional<M> metadata(Class<M> type) {
            Object metadata = delivery.metadata();
            return type.isInstance(metadata) ? Optional.of(type.cast(metadata)) : Optional.empty();
        }

        @Override
        public CompletionStage<Void> ack() {
            if (!SETTLED.compareAndSet(this, 0, 1)) {
                return alreadySettled();
            }
            return delivery.settlement().ack();
        }

        @Override
        public CompletionStage<Void> nack(Throwable why, boolean redeliver) {
            if (!SETTLED.compareAndSet(this, 0, 1)) {
                return alreadySettled();
            }
            Problem problem = problem(delivery, Problem.Kind.HANDLER,
                    "rejected" + (redeliver ? " for redelivery" : "") + ": " + why, why);
            dispatcher.report(problem);
            if (!redeliver) {
                dispatcher.deadLetter(delivery, problem);
            }
            return delivery.settlement().reject(redeliver);
        }

        boolean isSettled() {
            return settled != 0;
        }

        private CompletionStage<Void> alreadySettled() {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("the message from " + delivery.source() + " is already settled"));
        }

        @Override
        public String toString() {
            return "ReceivedMessage[" + delivery.source() + "]";
        }
    }
}
