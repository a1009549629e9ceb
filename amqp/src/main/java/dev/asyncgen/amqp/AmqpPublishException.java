package dev.asyncgen.amqp;

/**
 * Why a send did not complete: the broker refused (nack), returned it (mandatory, no queue took it), or the
 * connection or client closed before the broker confirmed. A send is at-least-once when the caller sends again
 * after a failure whose {@link #mayHaveArrived()} is true (the broker may then hold two copies).
 */
public final class AmqpPublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveArrived;

    AmqpPublishException(String message, boolean mayHaveArrived, Throwable cause) {
        super(message, cause);
        this.mayHaveArrived = mayHaveArrived;
    }

    /** True when the broker may have taken the message although it did not confirm it. */
    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
