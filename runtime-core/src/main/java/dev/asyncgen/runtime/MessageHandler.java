package dev.asyncgen.runtime;

/**
 * Handles one received message. With {@link AckMode#AUTO}, returning acknowledges and throwing rejects: the
 * message is reported and given to the dead-letter hook, and delivery goes on.
 */
@FunctionalInterface
public interface MessageHandler<M> {

    void handle(M message) throws Exception;
}
