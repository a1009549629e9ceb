package dev.asyncgen.realtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before reconnect attempt number {@code attempt} (1 for the first retry). The attempt counter
 * resets whenever a connection opens. The shared {@link dev.asyncgen.runtime.Backoff} of every asyncgen runtime,
 * with Appwrite's schedule as the default.
 */
@FunctionalInterface
public interface Backoff extends dev.asyncgen.runtime.Backoff {

    /** The same delay before every attempt. */
    static Backoff fixed(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative backoff delay: " + delay);
        }
        return attempt -> delay;
    }

    /**
     * The official Appwrite SDKs' schedule, without jitter: 1 s for attempts 1 to 5, 5 s up to 15, 10 s up to 100,
     * then 60 s.
     */
    static Backoff appwriteSchedule() {
        return attempt -> {
            if (attempt <= 5) {
                return Duration.ofSeconds(1);
            } else if (attempt <= 15) {
                return Duration.ofSeconds(5);
            } else if (attempt <= 100) {
                return Duration.ofSeconds(10);
            }
            return Duration.ofSeconds(60);
        };
    }

    /**
     * The client's default: {@link #appwriteSchedule()} plus up to 20% random extra, so that many clients cut off
     * together do not all come back in the same instant.
     */
    static Backoff defaultBackoff() {
        return appwriteSchedule().withJitter(0.2);
    }

    /**
     * This schedule with a random extra of up to {@code fraction} of each delay (never less than the schedule).
     *
     * @param fraction between 0 and 1
     */
    @Override
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
