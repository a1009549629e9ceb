package dev.asyncgen.realtime;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The default {@link RealtimeClient.Builder#onError}: one WARNING line per error on a {@link System.Logger}, no
 * stack trace, at most {@value #LINES_PER_MINUTE} lines a minute (a flood would bury everything else); the next line
 * after a quiet spell says how many were left out. Called on the client's one callback thread only.
 */
public final class LoggedErrors implements Consumer<RealtimeError> {

    /** The logger the default handler writes to. */
    public static final String LOGGER_NAME = "dev.asyncgen.realtime";
    static final int LINES_PER_MINUTE = 10;
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final System.Logger logger;
    private final LongSupplier nanoTime;
    private long windowStart;
    private int linesInWindow;
    private long suppressed;

    LoggedErrors(System.Logger logger, LongSupplier nanoTime) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
    }

    /** Logs to {@link #LOGGER_NAME}. */
    public static LoggedErrors toSystemLogger() {
        return to(System.getLogger(LOGGER_NAME));
    }

    /** Logs to the given logger. */
    public static LoggedErrors to(System.Logger logger) {
        return new LoggedErrors(logger, System::nanoTime);
    }

    @Override
    public void accept(RealtimeError error) {
        long now = nanoTime.getAsLong();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            linesInWindow = 0;
        }
        if (linesInWindow >= LINES_PER_MINUTE) {
            suppressed++;
            return;
        }
        linesInWindow++;
        String line = "realtime " + error.kind() + ": " + error.message()
                + (suppressed == 0 ? "" : " (" + suppressed + " earlier errors not logged)");
        suppressed = 0;
        logger.log(System.Logger.Level.WARNING, line.replace('\r', ' ').replace('\n', ' '));
    }
}
