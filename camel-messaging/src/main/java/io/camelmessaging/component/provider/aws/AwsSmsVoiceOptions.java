package io.camelmessaging.component.provider.aws;

import java.util.Map;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.request.Correlation;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;

/**
 * The options of AWS End User Messaging SMS {@code SendMediaMessage}, which {@code SendTextMessage} shares. Unset values
 * are null (empty for the map).
 */
record AwsSmsVoiceOptions(String maxPrice, Integer timeToLive, String configurationSetName,
                          Map<String, String> context, Boolean dryRun, String protectConfigurationId,
                          Boolean messageFeedbackEnabled) {

    static AwsSmsVoiceOptions resolve(OptionResolver r) {
        return new AwsSmsVoiceOptions(
                r.get(MessagingConstants.MAX_PRICE, String.class, MessagingConfiguration::getMaxPrice),
                r.get(MessagingConstants.TIME_TO_LIVE, Integer.class, MessagingConfiguration::getTimeToLive),
                r.get(MessagingConstants.CONFIGURATION_SET_NAME, String.class,
                        MessagingConfiguration::getConfigurationSetName),
                Correlation.awsContext(r, r.map(MessagingConstants.CONTEXT, MessagingConfiguration::getContext)),
                r.get(MessagingConstants.DRY_RUN, Boolean.class, MessagingConfiguration::getDryRun),
                r.get(MessagingConstants.PROTECT_CONFIGURATION_ID, String.class,
                        MessagingConfiguration::getProtectConfigurationId),
                r.get(MessagingConstants.MESSAGE_FEEDBACK_ENABLED, Boolean.class,
                        MessagingConfiguration::getMessageFeedbackEnabled));
    }

    void validate(Violations v) {
        v.check("ConfigurationSetName", configurationSetName, Constraint.AWS_CONFIGURATION_SET_NAME);
        v.check("MaxPrice", maxPrice, Constraint.AWS_MAX_PRICE);
        v.range("TimeToLive", timeToLive, 5, 259200);
        v.checkMap("Context", context, 5, Constraint.AWS_CONTEXT_KEY, Constraint.AWS_CONTEXT_VALUE);
        v.check("ProtectConfigurationId", protectConfigurationId, Constraint.AWS_PROTECT_CONFIGURATION_ID);
    }

    /** The context as the SDK takes it: null when empty. */
    Map<String, String> contextOrNull() {
        return context.isEmpty() ? null : context;
    }
}
