package dev.asyncgen.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Consumer;
import com.rabbitmq.client.ExceptionHandler;
import com.rabbitmq.client.TopologyRecoveryException;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.Failure;
import dev.asyncgen.runtime.Problem;

/** Turns the library's exception callbacks into reports, instead of its default logging. */
final class ReportingExceptionHandler implements ExceptionHandler {
    private final java.util.function.Consumer<ClientError> report;
    private final String endpoint;

    ReportingExceptionHandler(java.util.function.Consumer<ClientError> report, String endpoint) {
        this.report = report;
        this.endpoint = endpoint;
    }

    @Override
    public void handleUnexpectedConnectionDriverException(Connection connection, Throwable exception) {
        report.accept(Failures.classify(endpoint, exception));
    }

    @Override
    public void handleReturnListenerException(Channel channel, Throwable exception) {
        internal("the return listener threw", exception);
    }

    @Override
    public void handleConfirmListenerException(Channel channel, Throwable exception) {
        internal("the confirm listener threw", exception);
    }

    @Override
    public void handleBlockedListenerException(Connection connection, Throwable exception) {
        internal("the blocked listener threw", exception);
    }

    @Override
    public void handleConsumerException(
            Channel channel, Throwable exception, Consumer consumer, String consumerTag, String methodName) {
        internal("the consumer threw in " + methodName, exception);
    }

    @Override
    public void handleConnectionRecoveryException(Connection connection, Throwable exception) {
        Failure failure = Failures.classify(endpoint, exception);
        report.accept(new Failure(failure.kind(), "recovery attempt failed: " + failure.message(), false, exception));
    }

    @Override
    public void handleChannelRecoveryException(Channel channel, Throwable exception) {
        report.accept(new Problem(Problem.Kind.SERVER, null, endpoint,
                "a channel was not recovered: " + Failures.replyText(exception), null, exception));
    }

    @Override
    public void handleTopologyRecoveryException(
            Connection connection, Channel channel, TopologyRecoveryException exception) {
        report.accept(new Problem(Problem.Kind.SERVER, null, endpoint,
                "topology not recovered: " + exception.getMessage(), null, exception));
    }

    private void internal(String what, Throwable exception) {
        report.accept(new Problem(Problem.Kind.INTERNAL, null, endpoint, what + ": " + exception, null, exception));
    }
}
