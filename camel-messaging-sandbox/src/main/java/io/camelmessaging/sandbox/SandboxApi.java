package io.camelmessaging.sandbox;

import java.io.IOException;

/**
 * One emulated provider API on the sandbox's server.
 */
interface SandboxApi {

    /** Whether this API answers the request. */
    boolean handles(HttpCall call);

    /** Answers the request; records it, and the messages it accepts, in the sandbox's state. */
    void handle(HttpCall call) throws IOException;
}
