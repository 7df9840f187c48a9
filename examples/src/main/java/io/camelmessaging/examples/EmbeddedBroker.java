package io.camelmessaging.examples;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An embedded ActiveMQ Artemis broker for the JMS bridge: in-VM and on 127.0.0.1, and for the {@code sms.#} queues a
 * redelivery backoff (200 ms, doubling, up to 5 deliveries) before the broker itself dead-letters to
 * {@code sms.dead}, and {@code sms.expired} as the expiry address (the bridges set no time to live; without one the
 * broker warns at every queue it creates). For an external broker, bind your own {@code ConnectionFactory} instead.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** In-VM server ids are numbers, one per broker of this JVM. */
    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final String url = "vm://" + SERVER_IDS.incrementAndGet();

    /** Starts a broker named {@code name} with an in-VM acceptor; {@code tcpPort} 0 means no TCP acceptor. */
    public EmbeddedBroker(String name, int tcpPort) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName(name);
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(false);
        config.addAcceptorConfiguration("in-vm", url);
        if (tcpPort > 0) {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + tcpPort);
        }
        config.addAddressSetting("sms.#", new AddressSettings()
                .setRedeliveryDelay(200).setRedeliveryMultiplier(2).setMaxRedeliveryDelay(5000)
                .setMaxDeliveryAttempts(5).setDeadLetterAddress(SimpleString.of("sms.dead"))
                .setAutoCreateDeadLetterResources(false).setExpiryAddress(SimpleString.of("sms.expired"))
                .setAutoCreateExpiryResources(false));
        broker.setConfiguration(config);
        broker.start();
    }

    /** A connection factory on the in-VM acceptor. */
    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url);
    }

    /** The messages waiting on a queue now (0 when it does not exist), counting those being delivered. */
    public long messageCount(String queue) {
        Queue found = broker.getActiveMQServer()
                .locateQueue(SimpleString.of(queue));
        return found == null ? 0 : found.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
