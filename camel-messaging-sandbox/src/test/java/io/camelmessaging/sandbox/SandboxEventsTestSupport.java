package io.camelmessaging.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A sandbox with its default configuration for the test class, and the SDK clients of {@link EventTestClients}. */
abstract class SandboxEventsTestSupport {

    protected static MessagingSandbox sandbox;
    protected static EventTestClients clients;

    @BeforeAll
    static void startSandbox() {
        sandbox = MessagingSandbox.start(0);
        clients = new EventTestClients(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        clients.close();
        sandbox.close();
    }

    @BeforeEach
    void clearSandbox() {
        sandbox.clear();
    }
}
