package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulated SQS as the AWS SDK's own clients see it (their MD5 checks on): receive, delete and visibility with
 * unique receipt handles, long polling, the redrive policy, batches, queue operations and the JSON error shapes.
 */
class SqsSandboxTest {

    private static MessagingSandbox sandbox;
    private static SqsClient sqs;
    private static SqsAsyncClient async;
    private static String queueUrl;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(SandboxConfig.defaults().maxReceiveCount(2));
        sqs = SqsClient.builder().httpClientBuilder(ApacheHttpClient.builder()).region(Region.US_EAST_1)
                .endpointOverride(sandbox.baseUri()).credentialsProvider(credentials(MessagingSandbox.AWS_SECRET_ACCESS_KEY))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build();
        async = SqsAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(sandbox.baseUri())
                .credentialsProvider(credentials(MessagingSandbox.AWS_SECRET_ACCESS_KEY))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build();
        queueUrl = sandbox.eventsQueueUrl();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        async.close();
        sandbox.close();
    }

    @BeforeEach
    void clear() {
        sandbox.clear();
    }

    @Test
    void aSentMessageIsReceivedWithTheAttributesAskedForThenDeleted() {
        long before = System.currentTimeMillis();
        String messageId = sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("{\"héllo\":1}").messageAttributes(Map.of(
                "corr.id", MessageAttributeValue.builder().dataType("String").stringValue("line-7").build(),
                "corr.blob", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromUtf8String("b")).build(),
                "other", MessageAttributeValue.builder().dataType("Number").stringValue("3").build()))).messageId();

        List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                        MessageSystemAttributeName.SENT_TIMESTAMP).messageAttributeNames("corr.*")).messages();

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(messageId);
            assertThat(message.body()).isEqualTo("{\"héllo\":1}");
            assertThat(message.attributes()).containsOnlyKeys(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                    MessageSystemAttributeName.SENT_TIMESTAMP);
            assertThat(message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).isEqualTo("1");
            assertThat(Long.parseLong(message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP)))
                    .isBetween(before, System.currentTimeMillis());
            assertThat(message.messageAttributes()).containsOnlyKeys("corr.id", "corr.blob");
            assertThat(message.messageAttributes().get("corr.blob").binaryValue().asUtf8String()).isEqualTo("b");
        });
        assertThat(sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE)).isEqualTo(1);

        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(received.get(0).receiptHandle()));

        assertThat(sandbox.sqs().bodies(SqsQueues.EVENTS_QUEUE)).isEmpty();
        assertThat(sandbox.requests()).extracting(RecordedRequest::operation)
                .containsExactly("SendMessage", "ReceiveMessage", "DeleteMessage");
        assertThat(sandbox.requests().get(1).headers()).containsEntry("x-amz-target", "AmazonSQS.ReceiveMessage")
                .containsEntry("content-type", "application/x-amz-json-1.0");
    }

    @Test
    void aLongPollAnswersAsSoonAsAMessageArrives() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<List<Message>> poll = async.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(10))
                .thenApply(r -> r.messages());
        Thread.sleep(300);
        assertThat(poll).isNotDone();

        sandbox.sqs().send(SqsQueues.EVENTS_QUEUE, "late");

        assertThat(poll.get()).extracting(Message::body).containsExactly("late");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }

    @Test
    void aLongPollWithoutMessagesAnswersEmptyAfterItsWait() {
        long started = System.nanoTime();

        assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void anUndeletedMessageComesBackAfterItsVisibilityTimeoutWithANewHandleAndOnlyTheLatestHandleCounts() {
        sandbox.sqs().send(SqsQueues.EVENTS_QUEUE, "again");
        Message first = receiveOne(1);
        assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl)).messages()).isEmpty();

        Message second = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(5)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);

        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(second.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).isEqualTo("2");
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(first.receiptHandle()));
        assertThat(sandbox.sqs().bodies(SqsQueues.EVENTS_QUEUE)).containsExactly("again");
        assertThatThrownBy(() -> sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl)
                .receiptHandle(first.receiptHandle()).visibilityTimeout(0)))
                .isInstanceOfSatisfying(MessageNotInflightException.class, e -> assertThat(e.awsErrorDetails()
                        .errorCode()).isEqualTo("AWS.SimpleQueueService.MessageNotInflight"));
        assertThatThrownBy(() -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle("not-a-handle")))
                .isInstanceOf(ReceiptHandleIsInvalidException.class);

        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(second.receiptHandle()).visibilityTimeout(0));

        assertThat(sandbox.sqs().size(SqsQueues.EVENTS_QUEUE)).isEqualTo(1);
        assertThat(sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE)).isZero();
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesMovesToTheDeadLetterQueueOnTheNextReceive() {
        sandbox.sqs().send(SqsQueues.EVENTS_QUEUE, "poison");
        receiveOne(0);
        receiveOne(0);

        assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl).visibilityTimeout(0)).messages()).isEmpty();
        assertThat(sandbox.sqs().deadLetters(SqsQueues.EVENTS_QUEUE)).containsExactly("poison");
        assertThat(sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL))
                .attributes().get(QueueAttributeName.REDRIVE_POLICY))
                .isEqualTo("{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:sms-events-dlq\","
                           + "\"maxReceiveCount\":2}");
    }

    @Test
    void batchesAnswerEachEntryOnItsOwn() {
        assertThat(sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("1").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("2").build())).successful()).hasSize(2);
        List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
        assertThat(received).extracting(Message::body).containsExactlyInAnyOrder("1", "2");

        DeleteMessageBatchResponse deleted = sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(
                e -> e.id("x").receiptHandle(received.get(0).receiptHandle()),
                e -> e.id("y").receiptHandle("garbage")));

        assertThat(deleted.successful()).extracting(DeleteMessageBatchResultEntry::id).containsExactly("x");
        assertThat(deleted.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("y", "ReceiptHandleIsInvalid"));
        assertThat(sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queueUrl).entries(
                e -> e.id("z").receiptHandle(received.get(1).receiptHandle()).visibilityTimeout(0))).successful())
                .hasSize(1);
        assertThat(sandbox.sqs().size(SqsQueues.EVENTS_QUEUE)).isEqualTo(1);
        assertThatThrownBy(() -> sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(java.util.stream.IntStream
                .range(0, 11).mapToObj(i -> SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("x").build())
                .toList()))).isInstanceOf(TooManyEntriesInBatchRequestException.class);
    }

    @Test
    void queuesAreFoundCreatedCountedAndPurged() {
        assertThat(sqs.getQueueUrl(b -> b.queueName("sms-events")).queueUrl()).isEqualTo(queueUrl)
                .isEqualTo(sandbox.baseUri() + "/000000000000/sms-events");
        assertThatThrownBy(() -> sqs.getQueueUrl(b -> b.queueName("nope")))
                .isInstanceOfSatisfying(QueueDoesNotExistException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
                });
        String created = sqs.createQueue(b -> b.queueName("replies")).queueUrl();
        sandbox.sqs().send("replies", "a");
        sandbox.sqs().send("replies", "b");
        sqs.receiveMessage(b -> b.queueUrl(created));

        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(created)
                .attributeNames(QueueAttributeName.ALL)).attributes();

        assertThat(attributes).containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "1")
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "1");
        sqs.purgeQueue(b -> b.queueUrl(created));
        assertThat(sandbox.sqs().bodies("replies")).isEmpty();
    }

    @Test
    void badRequestsAndBadSignaturesAreRefusedAsSqsRefusesThem() {
        assertThatThrownBy(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(11)))
                .isInstanceOfSatisfying(SqsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                });
        try (SqsClient wrongKey = SqsClient.builder().httpClientBuilder(ApacheHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(sandbox.baseUri()).credentialsProvider(credentials("wrong"))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build()) {
            assertThatThrownBy(() -> wrongKey.receiveMessage(b -> b.queueUrl(queueUrl)))
                    .isInstanceOfSatisfying(SqsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(400, 403);
    }

    private static Message receiveOne(int visibilityTimeout) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).visibilityTimeout(visibilityTimeout))
                .messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static StaticCredentialsProvider credentials(String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(MessagingSandbox.AWS_ACCESS_KEY_ID, secret));
    }
}
