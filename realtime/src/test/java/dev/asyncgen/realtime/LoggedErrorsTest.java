package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Without {@code onError}, problems are logged: one line each, rate-limited. */
class LoggedErrorsTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void withoutOnErrorAHandlerExceptionIsLoggedAsOneWarningLine() throws Exception {
        Recorder<LogRecord> records = new Recorder<>();
        Logger jul = Logger.getLogger(LoggedErrors.LOGGER_NAME);
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        boolean parents = jul.getUseParentHandlers();
        jul.setUseParentHandlers(false); // keep the expected warning out of the build's output
        try {
            RealtimeClient client = client(RealtimeClient.builder().uri(server.uri()).scheduler(clock));
            client.subscribe(POSTS, DocumentEnvelope.class, e -> {
                throw new IllegalStateException("handler bug");
            });
            server.nextPeer().send(documentEvent("A", "a", POSTS));

            LogRecord record = records.await(r -> r.getMessage().contains("HANDLER_FAILED"));
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("handler bug").doesNotContain("\n");
            assertThat(record.getThrown()).as("one line, no stack trace").isNull();
        } finally {
            jul.removeHandler(handler);
            jul.setUseParentHandlers(parents);
        }
    }

    @Test
    void aFloodIsCutToTenLinesAMinuteAndTheNextLineCountsWhatWasLeftOut() {
        long[] now = {0};
        List<String> lines = new ArrayList<>();
        LoggedErrors log = new LoggedErrors(new ListLogger(lines), () -> now[0]);
        RealtimeError error = new RealtimeError(RealtimeError.Kind.PAYLOAD_DECODE_FAILED, "bad", null);

        for (int i = 0; i < 575; i++) {
            log.accept(error);
        }
        assertThat(lines).hasSize(LoggedErrors.LINES_PER_MINUTE);
        now[0] += TimeUnit.SECONDS.toNanos(61);
        log.accept(error);

        assertThat(lines).hasSize(LoggedErrors.LINES_PER_MINUTE + 1);
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("realtime PAYLOAD_DECODE_FAILED: bad (565 earlier errors not logged)");
    }

    private record ListLogger(List<String> lines) implements System.Logger {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(msg);
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
            lines.add(format);
        }
    }
}
