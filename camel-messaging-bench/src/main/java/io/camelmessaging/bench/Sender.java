package io.camelmessaging.bench;

import java.util.function.Consumer;

/**
 * One way of sending that the {@link LoadHarness} drives: each {@link #send} starts one send without waiting for it
 * and reports its end exactly once.
 */
interface Sender {

    /** The name in the results, e.g. {@code ours} or {@code raw}. */
    String name();

    /** Starts one send; {@code done} receives null when it succeeded, else the failure. */
    void send(Consumer<Throwable> done);

    /** A sender of the given name that starts each send with {@code send}. */
    static Sender of(String name, Consumer<Consumer<Throwable>> send) {
        return new Sender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void send(Consumer<Throwable> done) {
                send.accept(done);
            }
        };
    }
}
