package dev.asyncgen.realtime;

import java.util.Objects;

/**
 * The client ended before what the caller waited for happened: {@link RealtimeClient#whenOpen()} fails with it when
 * {@link RealtimeClient#close()} or a terminal failure comes before the connection opens.
 */
public final class ClientClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: the state is for the caller that receives the exception, not for storage. */
    private final transient ConnectionState.Closed state;

    ClientClosedException(ConnectionState.Closed state) {
        super("realtime client ended before the connection opened: " + state);
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * How the client ended: {@link ConnectionState.Closed#terminal()} true after a terminal failure (401, 403,
     * 1008), false after {@link RealtimeClient#close()}.
     *
     * @return the client's final state
     */
    public ConnectionState.Closed state() {
        return state;
    }
}
