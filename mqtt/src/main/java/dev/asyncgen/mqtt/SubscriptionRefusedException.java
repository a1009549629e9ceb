package dev.asyncgen.mqtt;

/** The broker answered a SUBSCRIBE with a failure code (not authorized, a filter it does not support, ...). */
public final class SubscriptionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SubscriptionRefusedException(String filter, String code) {
        super("the broker refused the subscription to " + Topics.quote(filter) + ": " + code);
    }
}
