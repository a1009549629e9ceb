package dev.asyncgen.amqp;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The generated facades against Apache Qpid Broker-J in this JVM. */
class QpidShopEndToEndTest extends ShopEndToEndContract {
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

    @Override
    URI uri() {
        return broker.uri();
    }
}
