package io.camelmessaging.sandbox;

/**
 * How the sandbox wraps an AWS End User Messaging SMS delivery event in the events queue, as each kind of event
 * destination delivers it to an SQS queue.
 */
public enum AwsEventEnvelope {
    /** An SNS notification (configuration set destination: SNS topic, SQS subscription without raw delivery). */
    SNS,
    /** An EventBridge event ({@code source aws.sms-voice}, the event in {@code detail}) sent by a rule to SQS. */
    EVENTBRIDGE,
    /** The event JSON itself (an SNS subscription with raw message delivery). */
    RAW
}
