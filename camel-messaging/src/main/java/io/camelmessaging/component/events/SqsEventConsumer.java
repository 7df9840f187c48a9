package io.camelmessaging.component.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingEndpoint;
import io.camelmessaging.component.provider.aws.AwsClientFactory;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.ObjectHelper;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The {@code messaging:events} consumer of provider aws: {@code concurrentConsumers} loops long-poll the SQS queue
 * {@code queueUrl} and route every event they receive, one exchange each, through the {@link EventDispatcher}. A queue
 * message is deleted only after all its events were handled; one whose exchange failed stays in the queue, so SQS
 * delivers it again after its visibility timeout (and the queue's redrive policy dead-letters it after
 * maxReceiveCount). Stopping or suspending ends the polls, lets the exchanges in flight complete and deletes their
 * messages; the SQS client is closed on stop unless the user supplied it.
 */
@ManagedResource(description = "Managed messaging events consumer (SQS)")
public class SqsEventConsumer extends DefaultConsumer implements Suspendable {

    private final SqsEventStats stats = new SqsEventStats();
    private EventDispatcher dispatcher;
    private SqsAsyncClient client;
    private boolean ownsClient;
    private ExecutorService executor;
    private List<SqsPollLoop> loops = List.of();

    public SqsEventConsumer(MessagingEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public MessagingEndpoint getEndpoint() {
        return (MessagingEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        MessagingConfiguration config = getEndpoint().getConfiguration();
        checkOptions(config);
        ownsClient = config.getSqsClient() == null;
        client = ownsClient
                ? AwsClientFactory.sqsClient(config, getEndpoint().getComponent().eventLoops())
                : config.getSqsClient();
        super.doStart();
        dispatcher = new EventDispatcher(this, config);
        ServiceHelper.startService(dispatcher);
        startPolling();
    }

    @Override
    protected void doStop() throws Exception {
        stopPolling();
        if (ownsClient && client != null) {
            client.close();
        }
        client = null;
        ServiceHelper.stopService(dispatcher);
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        stopPolling();
    }

    @Override
    protected void doResume() throws Exception {
        startPolling();
    }

    /** Fails naming every option whose value SQS or the consumer cannot work with, and the rule it breaks. */
    static void checkOptions(MessagingConfiguration config) {
        List<String> problems = new ArrayList<>();
        if (ObjectHelper.isEmpty(config.getQueueUrl())) {
            problems.add("queueUrl is required: the URL of the SQS queue to poll, e.g. "
                         + "https://sqs.us-east-1.amazonaws.com/123456789012/sms-events");
        }
        if (config.getWaitTimeSeconds() < 0 || config.getWaitTimeSeconds() > 20) {
            problems.add("waitTimeSeconds=" + config.getWaitTimeSeconds() + " must be 0-20 (SQS's longest poll)");
        }
        if (config.getMaxMessages() < 1 || config.getMaxMessages() > 10) {
            problems.add("maxMessages=" + config.getMaxMessages() + " must be 1-10 (SQS's most per receive)");
        }
        if (config.getConcurrentConsumers() < 1) {
            problems.add("concurrentConsumers=" + config.getConcurrentConsumers() + " must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid messaging:events options (aws): " + String.join("; ", problems));
        }
    }

    /** Starts one poll loop per concurrent consumer, each on a thread of its own from Camel's executor manager. */
    private void startPolling() {
        MessagingConfiguration config = getEndpoint().getConfiguration();
        int count = config.getConcurrentConsumers();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "MessagingSqsEvents", count);
        List<SqsPollLoop> started = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SqsPollLoop loop = new SqsPollLoop(client, config.getQueueUrl(), config.getMaxMessages(),
                    config.getWaitTimeSeconds(), dispatcher, getExceptionHandler(), stats);
            started.add(loop);
            executor.execute(loop);
        }
        loops = started;
    }

    /**
     * Stops the loops and waits, as long as Camel's executor manager waits for a graceful shutdown, for the exchanges
     * in flight to complete and their messages to be deleted.
     */
    private void stopPolling() {
        loops.forEach(SqsPollLoop::stop);
        loops = List.of();
        if (executor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            executor = null;
        }
    }

    @ManagedAttribute(description = "SQS messages received")
    public long getReceivedMessages() {
        return stats.received.sum();
    }

    @ManagedAttribute(description = "SQS messages received again (ApproximateReceiveCount above 1)")
    public long getRedeliveredMessages() {
        return stats.redelivered.sum();
    }

    @ManagedAttribute(description = "SQS messages whose events were all handled (or dropped as duplicates)")
    public long getHandledMessages() {
        return stats.handled.sum();
    }

    @ManagedAttribute(description = "SQS messages left in the queue because an exchange failed")
    public long getFailedMessages() {
        return stats.failed.sum();
    }

    @ManagedAttribute(description = "Events dropped because their id was handled before")
    public long getDuplicateEvents() {
        return dispatcher == null ? 0 : dispatcher.duplicates();
    }

    @ManagedAttribute(description = "Handled SQS messages that could not be deleted (each comes back as a duplicate)")
    public long getDeleteFailures() {
        return stats.deleteFailures.sum();
    }
}
