package io.camelmessaging.bench;

import java.util.function.BiFunction;

/**
 * One side of a comparison in the {@link LoadHarness}: it does a slice of its work when asked and says what that took.
 */
interface Side {

    /** The name in the results, e.g. {@code ours} or {@code raw}. */
    String name();

    /**
     * Does one slice of work and measures it.
     *
     * @param window the concurrency to work at: sends in flight, or concurrent consumers
     * @param count  the units of work in the slice: sends, or events
     * @return the slice's time, resources and what reached the sandbox
     * @throws IllegalStateException when the work failed or did not all arrive
     */
    Round measure(int window, int count);

    /** A side of the given name whose slices {@code measure} does, given the window and the count. */
    static Side of(String name, BiFunction<Integer, Integer, Round> measure) {
        return new Side() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Round measure(int window, int count) {
                return measure.apply(window, count);
            }
        };
    }
}
