package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Subscription;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code application} and {@code client} facades of the shop specs (AsyncAPI 2.6 and 3.0) talking to
 * each other through a broker: routing keys with parameters on a topic exchange read back by a {@code *}
 * subscription, a queue channel, a fanout exchange read without acknowledgement, the bindings' message properties,
 * and the role checks.
 */
abstract class ShopEndToEndContract {
    final BlockingQueue<ClientError> errors = new LinkedBlockingQueue<>();

    abstract URI uri();

    static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T next = queue.poll(20, TimeUnit.SECONDS);
        assertThat(next).as("nothing arrived within 20 s").isNotNull();
        return next;
    }

    @Test
    void version3FacadesTalkThroughTheBroker() throws Exception {
        try (shop.v3.application.Amqp application = shop.v3.application.Amqp.builder().uri(uri())
                        .declareTopology(true).onError(errors::add).build();
                shop.v3.client.Amqp client = shop.v3.client.Amqp.builder().uri(uri())
                        .declareTopology(true).onError(errors::add).build()) {
            application.ready().get(20, TimeUnit.SECONDS);
            client.ready().get(20, TimeUnit.SECONDS);

            BlockingQueue<ReceivedMessage<shop.v3.client.Channel<shop.v3.client.Order>, shop.v3.client.Order>> orders =
                    new LinkedBlockingQueue<>();
            Subscription everyRegion = client.subscribe(shop.v3.client.ChannelPatterns.ordersCreated(), orders::add);
            BlockingQueue<ReceivedMessage<shop.v3.application.Channel<shop.v3.application.Invoice>,
                    shop.v3.application.Invoice>> invoices = new LinkedBlockingQueue<>();
            Subscription invoiceQueue = application.subscribe(shop.v3.application.Channels.invoices(), invoices::add);
            BlockingQueue<String> audit = new LinkedBlockingQueue<>();
            Subscription auditFeed = client.subscribe(shop.v3.client.Channels.audit(), m -> audit.add(m.payload()));
            everyRegion.ready().get(20, TimeUnit.SECONDS);
            invoiceQueue.ready().get(20, TimeUnit.SECONDS);
            auditFeed.ready().get(20, TimeUnit.SECONDS);

            application.publisher(shop.v3.application.Channels.orders("emea").created())
                    .message(new shop.v3.application.Order("o-1", 3L))
                    .headers(new shop.v3.application.OrderHeaders("acme", 1L))
                    .send().get(20, TimeUnit.SECONDS);
            var order = next(orders);
            assertThat(order.channel()).isEqualTo(shop.v3.client.Channels.orders("emea").created());
            assertThat(order.channel().parameters()).containsEntry("region", "emea");
            assertThat(order.payload()).isEqualTo(new shop.v3.client.Order("o-1", 3L));
            assertThat(order.headers(shop.v3.client.OrderHeaders.class))
                    .isEqualTo(new shop.v3.client.OrderHeaders("acme", 1L));
            var properties = order.metadata(AmqpDelivery.class).orElseThrow().properties();
            assertThat(properties.getDeliveryMode()).isEqualTo(2);
            assertThat(properties.getPriority()).isEqualTo(5);
            assertThat(properties.getType()).isEqualTo("OrderCreated");
            assertThat(properties.getContentEncoding()).isEqualTo("utf-8");
            assertThat(properties.getUserId()).isEqualTo("guest");
            assertThat(properties.getTimestamp()).isNotNull();

            client.publisher(shop.v3.client.Channels.invoices())
                    .send(new shop.v3.client.Invoice("o-1", 12.5)).get(20, TimeUnit.SECONDS);
            var invoice = next(invoices);
            assertThat(invoice.payload()).isEqualTo(new shop.v3.application.Invoice("o-1", 12.5));
            assertThat(invoice.metadata(AmqpDelivery.class).orElseThrow().queue()).isEqualTo("shop.invoices");
            assertThat(invoice.metadata(AmqpDelivery.class).orElseThrow().properties().getDeliveryMode()).isEqualTo(1);

            application.publisher(shop.v3.application.Channels.audit()).send("checked").get(20, TimeUnit.SECONDS);
            assertThat(next(audit)).isEqualTo("checked");

            assertThatThrownBy(() -> client.publisher(shop.v3.client.Channels.orders("emea").created()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the client role does not publish on channel orderCreated");
            assertThatThrownBy(() -> application.publisher(shop.v3.application.Channels.orders("a*b").created()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parameter 'region' of channel orderCreated contains '*'");
            assertThatThrownBy(() -> client.subscribe(shop.v3.client.Channels.invoices(), m -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the client role does not subscribe to channel invoices");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void version2FacadesTalkThroughTheBroker() throws Exception {
        try (shop.v2.application.Amqp application = shop.v2.application.Amqp.builder().uri(uri())
                        .declareTopology(true).onError(errors::add).build();
                shop.v2.client.Amqp client = shop.v2.client.Amqp.builder().uri(uri())
                        .declareTopology(true).onError(errors::add).build()) {
            application.ready().get(20, TimeUnit.SECONDS);
            client.ready().get(20, TimeUnit.SECONDS);

            BlockingQueue<ReceivedMessage<shop.v2.client.Channel<shop.v2.client.Order>, shop.v2.client.Order>> orders =
                    new LinkedBlockingQueue<>();
            Subscription everyRegion = client.subscribe(shop.v2.client.ChannelPatterns.ordersCreated(), orders::add);
            BlockingQueue<ReceivedMessage<shop.v2.application.Channel<shop.v2.application.Invoice>,
                    shop.v2.application.Invoice>> invoices = new LinkedBlockingQueue<>();
            Subscription invoiceQueue = application.subscribe(shop.v2.application.Channels.invoices(), invoices::add);
            BlockingQueue<String> audit = new LinkedBlockingQueue<>();
            Subscription auditFeed = client.subscribe(shop.v2.client.Channels.audit(), m -> audit.add(m.payload()));
            everyRegion.ready().get(20, TimeUnit.SECONDS);
            invoiceQueue.ready().get(20, TimeUnit.SECONDS);
            auditFeed.ready().get(20, TimeUnit.SECONDS);

            application.publisher(shop.v2.application.Channels.orders("emea").created())
                    .message(new shop.v2.application.Order("o-1", 3L))
                    .headers(new shop.v2.application.OrderHeaders("acme", 1L))
                    .send().get(20, TimeUnit.SECONDS);
            var order = next(orders);
            assertThat(order.channel()).isEqualTo(shop.v2.client.Channels.orders("emea").created());
            assertThat(order.channel().parameters()).containsEntry("region", "emea");
            assertThat(order.payload()).isEqualTo(new shop.v2.client.Order("o-1", 3L));
            assertThat(order.headers(shop.v2.client.OrderHeaders.class))
                    .isEqualTo(new shop.v2.client.OrderHeaders("acme", 1L));
            var properties = order.metadata(AmqpDelivery.class).orElseThrow().properties();
            assertThat(properties.getDeliveryMode()).isEqualTo(2);
            assertThat(properties.getPriority()).isEqualTo(5);
            assertThat(properties.getType()).isEqualTo("OrderCreated");
            assertThat(properties.getContentEncoding()).isEqualTo("utf-8");
            assertThat(properties.getUserId()).isEqualTo("guest");
            assertThat(properties.getTimestamp()).isNotNull();

            client.publisher(shop.v2.client.Channels.invoices())
                    .send(new shop.v2.client.Invoice("o-1", 12.5)).get(20, TimeUnit.SECONDS);
            var invoice = next(invoices);
            assertThat(invoice.payload()).isEqualTo(new shop.v2.application.Invoice("o-1", 12.5));
            assertThat(invoice.metadata(AmqpDelivery.class).orElseThrow().queue()).isEqualTo("shop.invoices");
            assertThat(invoice.metadata(AmqpDelivery.class).orElseThrow().properties().getDeliveryMode()).isEqualTo(1);

            application.publisher(shop.v2.application.Channels.audit()).send("checked").get(20, TimeUnit.SECONDS);
            assertThat(next(audit)).isEqualTo("checked");

            assertThatThrownBy(() -> client.publisher(shop.v2.client.Channels.orders("emea").created()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the client role does not publish on channel orders.{region}.created");
            assertThatThrownBy(() -> application.publisher(shop.v2.application.Channels.orders("a*b").created()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parameter 'region' of channel orders.{region}.created contains '*'");
            assertThatThrownBy(() -> client.subscribe(shop.v2.client.Channels.invoices(), m -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the client role does not subscribe to channel invoices");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void mandatoryOrderWithoutSubscriberFailsTheSend() throws Exception {
        try (shop.v3.application.Amqp application = shop.v3.application.Amqp.builder().uri(uri())
                .declareTopology(true).build()) {
            application.ready().get(20, TimeUnit.SECONDS);
            var send = application.publisher(shop.v3.application.Channels.orders("nobody").created())
                    .send(new shop.v3.application.Order("o-2", 1L));
            assertThatThrownBy(() -> send.get(20, TimeUnit.SECONDS))
                    .cause().isInstanceOf(AmqpPublishException.class);
        }
    }

    @Test
    void withoutAUriTheSpecServerIsTheDefault() {
        assertThat(shop.v3.client.Amqp.DEFAULT_URI).isEqualTo(URI.create("amqp://localhost:5672/shop"));
        assertThat(shop.v2.client.Amqp.DEFAULT_URI).isEqualTo(URI.create("amqp://localhost:5672/shop"));
    }
}
