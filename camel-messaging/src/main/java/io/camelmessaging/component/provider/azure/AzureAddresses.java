package io.camelmessaging.component.provider.azure;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;

/**
 * The sender and recipient checks of the Azure operations, the same for SMS and MMS.
 */
final class AzureAddresses {

    private AzureAddresses() {
    }

    static void validate(OutboundMessage m, Violations v) {
        if (m.originationIdentity() == null) {
            v.add("from", null, "is required");
        }
        v.check("from", m.originationIdentity(), Constraint.AZURE_FROM);
        v.count("to", m.recipients(), 1, Integer.MAX_VALUE);
        v.checkEach("to", m.recipients(), Constraint.AZURE_PHONE_NUMBER);
    }
}
