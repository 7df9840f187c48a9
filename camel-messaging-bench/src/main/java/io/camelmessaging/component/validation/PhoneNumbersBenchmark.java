package io.camelmessaging.component.validation;

import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import io.camelmessaging.component.PhoneNumberCheck;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Phone number normalisation and checks with {@code defaultRegion=US&phoneNumberCheck=valid}, which the producer
 * applies to the sender and every recipient, against the pattern constraint every message is checked with anyway.
 * {@link #normalizeSenderId()} measures the sender id that libphonenumber cannot read: it throws, and the number is
 * kept as given.
 */
public class PhoneNumbersBenchmark extends MicroBenchmark {

    private final PhoneNumbers numbers = new PhoneNumbers("US", PhoneNumberCheck.valid);
    private String e164 = BenchInputs.TO;
    private String national = BenchInputs.TO_NATIONAL;
    private String senderId = BenchInputs.SENDER_ID;

    @Benchmark
    public String normalizeE164() {
        return numbers.normalize(e164);
    }

    @Benchmark
    public String normalizeNational() {
        return numbers.normalize(national);
    }

    @Benchmark
    public String normalizeSenderId() {
        return numbers.normalize(senderId);
    }

    @Benchmark
    public Violations checkValid() {
        Violations violations = new Violations();
        numbers.check("DestinationPhoneNumber", e164, violations);
        return violations;
    }

    /** Baseline: the AWS phone number pattern and length constraint. */
    @Benchmark
    public String patternConstraint() {
        return Constraint.AWS_PHONE_NUMBER.brokenRule(e164);
    }
}
