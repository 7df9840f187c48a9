package io.camelmessaging.component.validation;

import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the producer does with the text of every text message, for each kind of text: counting its SMS parts (again in
 * the rate limiter when {@code maxPartsPerSecond} is set), and the AWS message body constraint (the UTF-16 and
 * control character scan, the code point count and the not-blank check; null means the text passes).
 */
public class TextBenchmark extends MicroBenchmark {

    @Param({"gsm7", "ucs2Emoji", "gsm7ThreeParts"})
    public String text;

    private String value;

    @Setup
    public void setUp() {
        value = BenchInputs.text(text);
    }

    @Benchmark
    public SmsSegments countSegments() {
        return SmsSegmentCounter.count(value);
    }

    @Benchmark
    public String messageBodyConstraint() {
        return Constraint.AWS_MESSAGE_BODY.brokenRule(value);
    }
}
