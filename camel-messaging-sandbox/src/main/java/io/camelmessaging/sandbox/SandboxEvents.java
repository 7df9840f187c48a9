package io.camelmessaging.sandbox;

import java.util.List;

/**
 * The events side of a sandbox: delivery outcomes per destination number, inbound messages from phones, Event Grid
 * subscriptions and their dead letters, and event faults. AWS events go to the queue
 * {@value SqsQueues#EVENTS_QUEUE} ({@link MessagingSandbox#sqs()}).
 */
public final class SandboxEvents {

    private final EventEmitter emitter;
    private final EventGridPusher pusher;
    private final InboundMessages inbound;

    SandboxEvents(EventEmitter emitter, EventGridPusher pusher, InboundMessages inbound) {
        this.emitter = emitter;
        this.pusher = pusher;
        this.inbound = inbound;
    }

    /** How deliveries to this number end from now on (until {@link MessagingSandbox#clear()}). */
    public SandboxEvents outcome(String destinationNumber, DeliveryOutcome outcome) {
        emitter.outcome(destinationNumber, outcome);
        return this;
    }

    /**
     * A text from the phone {@code from} to the sandbox number {@code to}: for {@code aws} a two-way message into the
     * events queue, for {@code azure} an {@code SMSReceived} event to the subscriptions. Returns its message id.
     *
     * @throws IllegalArgumentException for another provider, a {@code from} that is not a valid E.164 number, or no
     *                                  text
     */
    public String inbound(String provider, String from, String to, String text) {
        return inbound.receive(provider, from, to, text);
    }

    /** Validates the webhook as Event Grid does and subscribes it (also when validation failed: see the state). */
    public SubscriptionState subscribe(EventGridSubscription subscription) {
        return pusher.subscribe(subscription);
    }

    public List<SubscriptionState> subscriptions() {
        return pusher.subscriptions();
    }

    /** The events Event Grid gave up on, oldest first. */
    public List<EventGridDeadLetter> deadLetters() {
        return pusher.deadLetters();
    }

    /** The faults of the next emitted events. */
    public EventFaults faults() {
        return emitter.faults();
    }
}
