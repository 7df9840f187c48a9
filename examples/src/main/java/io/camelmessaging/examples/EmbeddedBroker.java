package io.camelmessaging.examples;

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
 * {@code sms.dead}. For an external broker, bind your own {@code ConnectionFactory} instead.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final String name;

    /** Starts a broker whose in-VM acceptor is {@code vm://<name>}; {@code tcpPort} 0 means no TCP acceptor. */
    public EmbeddedBroker(String name, int tcpPort) throws Exception {
        this.name = name;
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(false);
        config.addAcceptorConfiguration("in-vm", "vm://" + name);
        if (tcpPort > 0) {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + tcpPort);
        }
        config.addAddressSetting("sms.#", new AddressSettings()
                .setRedeliveryDelay(200).setRedeliveryMultiplier(2).setMaxRedeliveryDelay(5000)
                .setMaxDeliveryAttempts(5).setDeadLetterAddress(
                        SimpleString.of("sms.dead"))
                .setAutoCreateDeadLetterResources(false));
        broker.setConfiguration(config);
        broker.start();
    }

    /** A connection factory on the in-VM acceptor. */
    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory("vm://" + name);
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
