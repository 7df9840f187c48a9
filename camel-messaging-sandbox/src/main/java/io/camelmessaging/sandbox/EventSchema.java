package io.camelmessaging.sandbox;

/**
 * The event schema of an Event Grid subscription, named as Azure names it.
 */
public enum EventSchema {
    /** {@code EventGridSchema}: a JSON array of Event Grid events; validated by a SubscriptionValidationEvent. */
    EVENT_GRID_SCHEMA("EventGridSchema"),
    /** {@code CloudEventSchemaV1_0}: CloudEvents 1.0 in structured or batch mode; validated by an OPTIONS call. */
    CLOUD_EVENT_SCHEMA_V1_0("CloudEventSchemaV1_0");

    private final String azureName;

    EventSchema(String azureName) {
        this.azureName = azureName;
    }

    /** The name Azure gives it, e.g. {@code EventGridSchema}. */
    public String azureName() {
        return azureName;
    }

    /** The schema of an Azure name or of a constant name. */
    public static EventSchema of(String name) {
        for (EventSchema schema : values()) {
            if (schema.azureName.equalsIgnoreCase(name) || schema.name().equalsIgnoreCase(name)) {
                return schema;
            }
        }
        throw new IllegalArgumentException("Unknown event schema " + name + ": EventGridSchema or CloudEventSchemaV1_0");
    }
}
