package dev.asyncgen.amqp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.Channel;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The client's guarantees against the RabbitMQ named by {@code ASYNCGEN_RABBITMQ_URI} (see
 * {@code .ci/brokers/rabbitmq.sh}); skipped without it.
 */
class RabbitMqClientTest extends AmqpClientContract {
    static final String VARIABLE = "ASYNCGEN_RABBITMQ_URI";

    @BeforeAll
    static void needsRabbitMq() {
        boolean given = System.getenv(VARIABLE) != null && !System.getenv(VARIABLE).isBlank();
        if (!given) {
            System.out.println("RabbitMqClientTest skipped: " + VARIABLE + " is not set (.ci/brokers/rabbitmq.sh prints one)");
        }
        assumeTrue(given, VARIABLE + " is not set");
    }

    @Override
    String declareWithDeadLetterQueue(Channel channel, String queue) throws Exception {
        String exchange = queue + "-dlx";
        channel.exchangeDeclare(exchange, "fanout", false, true, null);
        channel.queueDeclare(queue + "-dlq", false, false, true, null);
        channel.queueBind(queue + "-dlq", exchange, "");
        channel.queueDeclare(queue, false, false, true, Map.of("x-dead-letter-exchange", exchange));
        return queue + "-dlq";
    }

    @Override
    boolean expirationIsTimeToLive() {
        return true;
    }

    @Override
    URI uri() {
        return URI.create(System.getenv(VARIABLE));
    }
}
