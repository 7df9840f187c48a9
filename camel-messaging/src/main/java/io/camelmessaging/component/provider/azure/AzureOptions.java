package io.camelmessaging.component.provider.azure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;

/**
 * What the Azure operations share: the options Azure Communication Services cannot send, and the address checks.
 */
final class AzureOptions {

    private static final Set<String> AWS_ONLY = Set.of("maxPrice", "timeToLive", "configurationSetName", "context",
            "destinationCountryParameters", "messageType", "keyword", "dryRun", "protectConfigurationId",
            "messageFeedbackEnabled", "applicationId", "senderId", "templateName", "maxPartsPerSecond");

    /** The AWS-only options and those an operation adds. */
    static Set<String> unsupportedPlus(String... more) {
        Set<String> all = new HashSet<>(AWS_ONLY);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** Checks the sender and the recipients, the same for SMS and MMS. */
    static void validateAddresses(OutboundMessage m, Violations v) {
        if (m.originationIdentity() == null) {
            v.add("from", null, "is required");
        }
        v.check("from", m.originationIdentity(), Constraint.AZURE_FROM);
        v.count("to", m.recipients(), 1, Integer.MAX_VALUE);
        v.checkEach("to", m.recipients(), Constraint.AZURE_PHONE_NUMBER);
    }

    private AzureOptions() {
    }
}
