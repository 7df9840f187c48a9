package io.camelmessaging.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.camelmessaging.component.observe.MessagingMetrics;
import io.camelmessaging.component.observe.MessagingProducerHealthCheck;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.MessageRequestFactory;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.PhoneNumbers;
import io.camelmessaging.component.validation.SmsSegmentCounter;
import io.camelmessaging.component.validation.SmsSegments;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Sends an exchange asynchronously: resolves the message, validates it before any network call, sends it to every
 * recipient not already accepted for this exchange, and sets one result per recipient. It never throws from
 * {@link #process(Exchange, AsyncCallback)}: failures are set on the exchange.
 */
public class MessagingProducer extends DefaultAsyncProducer {

    private final MessagingConfiguration configuration;
    private final String provider;
    private final boolean textMessage;
    private MessageRequestFactory requestFactory;
    private MessagingMetrics metrics;
    private WritableHealthCheckRepository healthChecks;
    private MessagingProducerHealthCheck healthCheck;

    public MessagingProducer(MessagingEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.provider = configuration.getProvider().name();
        this.textMessage = endpoint.getOperation() == MessagingOperation.sendTextMessage;
    }

    @Override
    public MessagingEndpoint getEndpoint() {
        return (MessagingEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(configuration.getSuppressionRepository());
        requestFactory = new MessageRequestFactory(getEndpoint().getOperation(), configuration);
        metrics = MessagingMetrics.of(getEndpoint().getCamelContext(), provider, getEndpoint().getOperation().name());
        healthChecks = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = getEndpoint().healthCheck();
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            ProviderOperation<?> operation = getEndpoint().getProviderOperation();
            if (configuration.isPojoRequest()) {
                sendPojo(operation, exchange).whenComplete((done, failure) -> done(exchange, failure, callback));
            } else {
                send(operation, exchange, callback);
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return false;
    }

    /** Sets the failure, if any, on the exchange and completes it asynchronously. */
    private static void done(Exchange exchange, Throwable failure, AsyncCallback callback) {
        if (failure != null) {
            exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
        }
        callback.done(false);
    }

    /** Validates and sends; the callback is called when the provider answered, on the thread that completes it. */
    private <O> void send(ProviderOperation<O> operation, Exchange exchange, AsyncCallback callback) {
        Violations violations = new Violations();
        Violations recipientChecks = new Violations();
        OptionResolver options = new OptionResolver(exchange, configuration, violations);
        OutboundMessage resolved = requestFactory.create(options, recipientChecks);
        if (resolved.mediaUrlsFromMessage()) {
            getEndpoint().getMediaPolicy().checkSchemes(resolved.mediaUrls(), violations);
        }
        SendRequest<O> request = operation.resolve(resolved, options);
        OutboundMessage message = request.message();
        if (message.recipients().size() > configuration.getMaxRecipients()) {
            violations.add(MessageRequestFactory.RECIPIENTS_FIELD, message.recipients().size() + " recipients",
                    "must be at most maxRecipients=" + configuration.getMaxRecipients() + " per message");
        }
        operation.validate(request, violations);
        checkRecipients(message, resolved, recipientChecks, violations);
        SmsSegments segments = textMessage && message.body() != null ? SmsSegmentCounter.count(message.body()) : null;
        if (segments != null && configuration.getMaxParts() != null && segments.parts() > configuration.getMaxParts()) {
            violations.add("MessageBody", message.body(), "must fit in maxParts=" + configuration.getMaxParts()
                                                          + " SMS parts (needs " + segments.parts() + " "
                                                          + segments.encoding() + " parts)");
        }
        violations.throwIfAny(provider);

        Message out = exchange.getMessage();
        out.setHeader(MessagingConstants.PROVIDER, provider);
        if (segments != null) {
            out.setHeader(MessagingConstants.MESSAGE_PARTS, segments.parts());
            out.setHeader(MessagingConstants.ENCODING, segments.encoding().name());
        }
        DeliveryLedger ledger = DeliveryLedger.of(exchange, getEndpoint().getEndpointUri(), request);
        Suppression suppression = Suppression.of(configuration.getSuppressionRepository(),
                ledger.pending(message.recipients()), provider);
        long start = System.nanoTime();
        int parts = segments == null ? 0 : segments.parts();
        CompletableFuture<List<RecipientOutcome>> sent = suppression.nothingToSend()
                ? CompletableFuture.completedFuture(List.of()) : operation.send(request, suppression.allowed());
        sent.whenComplete((sentOutcomes, thrown) -> {
            Throwable failure = thrown;
            if (failure == null) {
                try {
                    List<RecipientOutcome> outcomes = withSuppressed(sentOutcomes, suppression);
                    metrics.record(outcomes, parts, System.nanoTime() - start);
                    failure = ResultMapper.apply(out, provider, message.recipients(), outcomes, ledger);
                } catch (Throwable e) {
                    failure = e; // as a later stage would have had it: set on the exchange, which still completes
                }
            }
            done(exchange, failure, callback);
        });
    }

    private static List<RecipientOutcome> withSuppressed(List<RecipientOutcome> sent, Suppression suppression) {
        if (suppression.suppressed().isEmpty()) {
            return sent;
        }
        List<RecipientOutcome> outcomes = new ArrayList<>(sent);
        outcomes.addAll(suppression.suppressed());
        return outcomes;
    }

    /**
     * Adds what {@code phoneNumberCheck} finds wrong with the recipients: the findings of their normalisation when the
     * operation kept them, otherwise those of a check of the recipients it sends to.
     */
    private void checkRecipients(OutboundMessage message, OutboundMessage resolved, Violations recipientChecks,
                                 Violations violations) {
        if (message.recipients() == resolved.recipients()) {
            violations.addAll(recipientChecks);
        } else {
            PhoneNumbers numbers = requestFactory.phoneNumbers();
            message.recipients().forEach(to -> numbers.check(MessageRequestFactory.RECIPIENTS_FIELD, to, violations));
        }
    }

    private CompletableFuture<Void> sendPojo(ProviderOperation<?> operation, Exchange exchange)
            throws InvalidPayloadException {
        return operation.sendPojo(exchange).thenAccept(answer -> {
            Message out = exchange.getMessage();
            out.setHeader(MessagingConstants.PROVIDER, provider);
            if (answer.response() != null) {
                out.setBody(answer.response());
            }
            List<String> recipients = answer.outcomes().stream().map(o -> o.result().to()).toList();
            raise(ResultMapper.apply(out, provider, recipients, answer.outcomes(), DeliveryLedger.detached()));
        });
    }

    private static void raise(MessagingException error) {
        if (error != null) {
            throw error;
        }
    }
}
