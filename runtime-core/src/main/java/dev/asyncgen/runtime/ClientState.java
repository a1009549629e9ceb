package dev.asyncgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Where a client's connection stands. Whether a reconnect follows is part of the state. */
public sealed interface ClientState {

    /** Whether the client will try to connect again without being asked. */
    boolean willReconnect();

    /** Built, nothing asked of it yet. */
    record Idle() implements ClientState {
        @Override
        public boolean willReconnect() {
            return false;
        }
    }

    /** Connecting: {@code attempt} 1 is the first try, more are reconnects. */
    record Connecting(int attempt) implements ClientState {
        @Override
        public boolean willReconnect() {
            return true;
        }
    }

    /** Connected; publishing and deliveries flow. */
    record Open() implements ClientState {
        @Override
        public boolean willReconnect() {
            return false;
        }
    }

    /** Connected, but the broker holds back publishing (say, an AMQP resource alarm). */
    record Blocked(String reason) implements ClientState {
        @Override
        public boolean willReconnect() {
            return false;
        }
    }

    /** Lost; attempt number {@code attempt} follows after {@code delay}. */
    record Recovering(int attempt, Duration delay, Failure failure) implements ClientState {
        public Recovering {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public boolean willReconnect() {
            return true;
        }
    }

    /** Closed for good: by {@code close()} (no failure) or by a terminal failure. */
    record Closed(Optional<Failure> failure) implements ClientState {
        public Closed {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public boolean willReconnect() {
            return false;
        }
    }
}
