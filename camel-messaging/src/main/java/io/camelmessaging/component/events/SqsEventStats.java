package io.camelmessaging.component.events;

import java.util.concurrent.atomic.LongAdder;

/** What the poll loops of one {@link SqsEventConsumer} did with the SQS messages they received; thread-safe. */
final class SqsEventStats {

    final LongAdder received = new LongAdder();
    final LongAdder redelivered = new LongAdder();
    final LongAdder handled = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder deleteFailures = new LongAdder();
}
