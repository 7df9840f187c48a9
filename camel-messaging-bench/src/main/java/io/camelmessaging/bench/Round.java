package io.camelmessaging.bench;

/**
 * One measured round: one side's sends at one window, what they used, and what reached the sandbox.
 *
 * @param side     the sender's name
 * @param window   the sends in flight
 * @param sends    the sends completed
 * @param units    what each send delivers: 1 message, or its recipients
 * @param nanos    the wall-clock time from the first send to the last answer, added up over the round's slices
 * @param used     the process CPU time and heap allocation over that time
 * @param recorded the messages the sandbox accepted in the round (one per recipient)
 * @param requests the API requests that reached the sandbox in the round
 */
record Round(String side, int window, int sends, int units, long nanos, ResourceMeter used, int recorded,
             int requests) {

    /** This round and another slice of the same side and window, added up. */
    Round plus(Round slice) {
        return new Round(side, window, sends + slice.sends, units, nanos + slice.nanos, used.plus(slice.used),
                recorded + slice.recorded, requests + slice.requests);
    }

    /** Sends per second. */
    double rate() {
        return sends * 1e9 / nanos;
    }

    /** CPU microseconds of the whole process per unit (message or recipient). */
    double cpuMicrosPerUnit() {
        return used.cpuNanos() / 1e3 / ((double) sends * units);
    }

    /** Heap bytes allocated by the whole process per unit. */
    double bytesPerUnit() {
        return used.allocatedBytes() / ((double) sends * units);
    }
}
