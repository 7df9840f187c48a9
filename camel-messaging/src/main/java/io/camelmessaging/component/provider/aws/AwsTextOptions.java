package io.camelmessaging.component.provider.aws;

import java.util.Map;
import java.util.Set;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.validation.Constraint;
import io.camelmessaging.component.validation.Violations;

/**
 * The options of AWS End User Messaging SMS {@code SendTextMessage}: those it shares with media messages, and the
 * text-only ones.
 */
record AwsTextOptions(AwsSmsVoiceOptions shared, String messageType, String keyword,
                      Map<String, String> destinationCountryParameters) {

    private static final Set<String> MESSAGE_TYPES = Set.of("TRANSACTIONAL", "PROMOTIONAL");
    private static final Set<String> COUNTRY_PARAMETERS = Set.of("IN_TEMPLATE_ID", "IN_ENTITY_ID");

    static AwsTextOptions resolve(OptionResolver r) {
        return new AwsTextOptions(AwsSmsVoiceOptions.resolve(r),
                r.get(MessagingConstants.MESSAGE_TYPE, String.class, MessagingConfiguration::getMessageType),
                r.get(MessagingConstants.KEYWORD, String.class, MessagingConfiguration::getKeyword),
                r.map(MessagingConstants.DESTINATION_COUNTRY_PARAMETERS,
                        MessagingConfiguration::getDestinationCountryParameters));
    }

    void validate(Violations v) {
        shared.validate(v);
        v.oneOf("MessageType", messageType, MESSAGE_TYPES);
        v.check("Keyword", keyword, Constraint.AWS_KEYWORD);
        v.checkMap("DestinationCountryParameters", destinationCountryParameters, 10, null,
                Constraint.AWS_DESTINATION_COUNTRY_PARAMETER_VALUE);
        for (String key : destinationCountryParameters.keySet()) {
            v.oneOf("DestinationCountryParameters key", key, COUNTRY_PARAMETERS);
        }
    }
}
