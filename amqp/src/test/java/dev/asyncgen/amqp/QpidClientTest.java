package dev.asyncgen.amqp;

import com.rabbitmq.client.Channel;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client's guarantees against Apache Qpid Broker-J in this JVM. */
class QpidClientTest extends AmqpClientContract {
    private static QpidBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = QpidBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Broker-J dead-letters a rejected message only past the queue's maximum delivery count, to its own DLQ. */
    @Override
    String declareWithDeadLetterQueue(Channel channel, String queue) throws Exception {
        channel.queueDeclare(queue + "_DLQ", false, false, true, null);
        channel.queueDeclare(queue, false, false, true,
                Map.of("x-qpid-dlq-enabled", true, "x-qpid-maximum-delivery-count", 1));
        return queue + "_DLQ";
    }

    /** Broker-J reads a 0-9-1 expiration as a point in time (as JMS does), so a time to live expires at once. */
    @Override
    boolean expirationIsTimeToLive() {
        return false;
    }

    @Override
    URI uri() {
        return broker.uri();
    }
}
