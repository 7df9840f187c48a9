package io.camelmessaging.sandbox;

/**
 * Where an Event Grid subscription stands after its validation handshake.
 *
 * @param name     the subscription's name
 * @param endpoint its endpoint without the query
 * @param schema   {@code EventGridSchema} or {@code CloudEventSchemaV1_0}
 * @param state    {@code Succeeded} or {@code Failed}, as Azure's provisioning state
 * @param reason   why the handshake failed, or null
 */
public record SubscriptionState(String name, String endpoint, String schema, String state, String reason) {

    /** Whether the handshake succeeded, so events are pushed. */
    public boolean active() {
        return "Succeeded".equals(state);
    }
}
