package io.camelmessaging.component.provider.azure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-message options of the messaging component that Azure Communication Services cannot send.
 */
final class AzureOptions {

    private static final Set<String> AWS_ONLY = Set.of("maxPrice", "timeToLive", "configurationSetName", "context",
            "destinationCountryParameters", "messageType", "keyword", "dryRun", "protectConfigurationId",
            "messageFeedbackEnabled");

    /** The AWS-only options and those an operation adds. */
    static Set<String> unsupportedPlus(String... more) {
        Set<String> all = new HashSet<>(AWS_ONLY);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private AzureOptions() {
    }
}
