package dev.asyncgen.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds publishes and subscribes asked for before the first connection opens, in order: HiveMQ refuses them while
 * it makes its first connection (it queues them itself only while reconnecting).
 */
final class OpenGate {
    private final List<Runnable> waiting = new ArrayList<>();
    private final List<Consumer<Throwable>> failures = new ArrayList<>();
    private boolean open;
    private Throwable shut;

    /** Runs {@code action} now if the first connection is open, else once it is; {@code failed} if it never is. */
    synchronized void whenOpen(Runnable action, Consumer<Throwable> failed) {
        if (shut != null) {
            failed.accept(shut);
        } else if (open) {
            action.run();
        } else {
            waiting.add(action);
            failures.add(failed);
        }
    }

    /** Runs what waited, in the order it was asked for (under the lock, so that nothing asked meanwhile overtakes it). */
    synchronized void open() {
        if (open || shut != null) {
            return;
        }
        open = true;
        waiting.forEach(Runnable::run);
        waiting.clear();
        failures.clear();
    }

    /** Fails what waits and whatever is asked from now on. */
    synchronized void shut(Throwable why) {
        if (shut != null) {
            return;
        }
        shut = why;
        failures.forEach(failed -> failed.accept(why));
        waiting.clear();
        failures.clear();
    }
}
