package dev.asyncgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before reconnect attempt number {@code attempt} (1 for the first retry). The attempt counter
 * resets whenever a connection opens.
 */
@FunctionalInterface
public interface Backoff {

    /**
     * @param attempt the retry number, 1 or more
     * @return the delay before that retry, never negative
     */
    Duration delay(int attempt);

    /** The same delay before every attempt. */
    static Backoff fixed(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative backoff delay: " + delay);
        }
        return attempt -> delay;
    }

    /** {@code first}, doubling each attempt up to {@code max}. */
    static Backoff exponential(Duration first, Duration max) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("exponential backoff needs 0 < first <= max: " + first + ", " + max);
        }
        return attempt -> {
            int doublings = Math.min(Math.max(attempt - 1, 0), 30);
            Duration delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(max) > 0 ? max : delay;
        };
    }

    /** The broker runtimes' default: 100 ms doubling to 30 s, plus up to 20% random extra. */
    static Backoff defaultBackoff() {
        return exponential(Duration.ofMillis(100), Duration.ofSeconds(30)).withJitter(0.2);
    }

    /**
     * This schedule with a random extra of up to {@code fraction} of each delay (never less than the schedule), so
     * that many clients cut off together do not all come back in the same instant.
     *
     * @param fraction between 0 and 1
     */
    default Backoff withJitter(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("jitter fraction must be within [0, 1]: " + fraction);
        }
        return attempt -> {
            Duration base = delay(attempt);
            long extra = (long) (base.toNanos() * fraction * ThreadLocalRandom.current().nextDouble());
            return base.plusNanos(extra);
        };
    }
}
