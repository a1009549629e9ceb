package dev.asyncgen.amqp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;

/** The generated facades against the RabbitMQ of {@code ASYNCGEN_RABBITMQ_URI}; skipped without it. */
class RabbitMqShopEndToEndTest extends ShopEndToEndContract {

    @BeforeAll
    static void needsRabbitMq() {
        String uri = System.getenv(RabbitMqClientTest.VARIABLE);
        if (uri == null || uri.isBlank()) {
            System.out.println("RabbitMqShopEndToEndTest skipped: " + RabbitMqClientTest.VARIABLE + " is not set");
        }
        assumeTrue(uri != null && !uri.isBlank(), RabbitMqClientTest.VARIABLE + " is not set");
    }

    @Override
    URI uri() {
        return URI.create(System.getenv(RabbitMqClientTest.VARIABLE));
    }
}
