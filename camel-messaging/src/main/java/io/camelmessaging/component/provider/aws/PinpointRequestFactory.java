package io.camelmessaging.component.provider.aws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.request.Correlation;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.DefaultMessage;
import software.amazon.awssdk.services.pinpoint.model.DefaultPushNotificationMessage;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EmailMessage;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.SMSMessage;
import software.amazon.awssdk.services.pinpoint.model.SimpleEmail;
import software.amazon.awssdk.services.pinpoint.model.SimpleEmailPart;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.VoiceMessage;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Resolves the options of Pinpoint {@code SendMessages} ({@code applicationId}, {@code channelType}, {@code senderId},
 * {@code templateName}, {@code context}, {@code keyword}, {@code messageType}) into the {@code MessageRequest} of an
 * exchange. A body that is a Map or JSON text in the service's own
 * JSON shape is read into the SDK model with Jackson (through the model's serializable builder); otherwise the body
 * is the text of the channel's message, sent to the addresses of {@code CamelMessagingAddresses} or
 * {@code destinationPhoneNumber} and the endpoints of {@code CamelMessagingEndpoints}.
 */
final class PinpointRequestFactory {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();

    private PinpointRequestFactory() {
    }

    static PinpointRequest create(OutboundMessage message, OptionResolver options) {
        String applicationId = options.get(MessagingConstants.APPLICATION_ID, String.class,
                MessagingConfiguration::getApplicationId);
        Exchange exchange = options.exchange();
        Violations violations = options.violations();
        Object body = exchange.getMessage().getBody();
        if (body instanceof Map<?, ?> || body instanceof String text && text.trim().startsWith("{")) {
            rejectSimpleWayHeaders(exchange, violations);
            return new PinpointRequest(applicationId,
                    readModel(body, MessageRequest.serializableBuilderClass(), "body", violations));
        }
        return new PinpointRequest(applicationId, simple(message, options));
    }

    /** With a MessageRequest body the headers of the simple way would be ignored: they are refused instead. */
    private static void rejectSimpleWayHeaders(Exchange exchange, Violations violations) {
        for (String header : List.of(MessagingConstants.ADDRESSES, MessagingConstants.ENDPOINTS,
                MessagingConstants.SUBSTITUTIONS)) {
            Object value = exchange.getMessage().getHeader(header);
            if (value != null) {
                violations.add(header, value, "is not used with a MessageRequest body: put it in the body");
            }
        }
    }

    private static MessageRequest simple(OutboundMessage m, OptionResolver options) {
        Exchange exchange = options.exchange();
        Violations violations = options.violations();
        String channel = options.option(MessagingConfiguration::getChannelType);
        Map<String, AddressConfiguration> addresses = configs(exchange, MessagingConstants.ADDRESSES,
                AddressConfiguration.serializableBuilderClass(),
                to -> AddressConfiguration.builder().channelType(channel).build(), violations);
        if (addresses.isEmpty()) {
            m.recipients().forEach(to -> addresses.put(to, AddressConfiguration.builder().channelType(channel).build()));
        }
        Map<String, EndpointSendConfiguration> endpoints = configs(exchange, MessagingConstants.ENDPOINTS,
                EndpointSendConfiguration.serializableBuilderClass(), id -> EndpointSendConfiguration.builder().build(),
                violations);
        Map<String, List<String>> substitutions = substitutions(
                exchange.getMessage().getHeader(MessagingConstants.SUBSTITUTIONS), violations);
        Map<String, String> context = Correlation.awsContext(options,
                options.map(MessagingConstants.CONTEXT, MessagingConfiguration::getContext));
        return MessageRequest.builder()
                .addresses(addresses.isEmpty() ? null : addresses)
                .endpoints(endpoints.isEmpty() ? null : endpoints)
                .context(context.isEmpty() ? null : context)
                .messageConfiguration(messageConfiguration(channel, m, options, substitutions))
                .templateConfiguration(templateConfiguration(channel,
                        options.option(MessagingConfiguration::getTemplateName)))
                .build();
    }

    /** The text as the message of the channel: SMS, voice, email, push, or the default message. */
    private static DirectMessageConfiguration messageConfiguration(String channel, OutboundMessage m,
                                                                   OptionResolver options,
                                                                   Map<String, List<String>> substitutions) {
        Map<String, List<String>> subs = substitutions.isEmpty() ? null : substitutions;
        DirectMessageConfiguration.Builder direct = DirectMessageConfiguration.builder();
        switch (channel) {
            case "SMS" -> direct.smsMessage(SMSMessage.builder().body(m.body())
                    .keyword(options.get(MessagingConstants.KEYWORD, String.class, MessagingConfiguration::getKeyword))
                    .messageType(options.get(MessagingConstants.MESSAGE_TYPE, String.class,
                            MessagingConfiguration::getMessageType))
                    .originationNumber(m.originationIdentity())
                    .senderId(options.option(MessagingConfiguration::getSenderId)).substitutions(subs).build());
            case "VOICE" -> direct.voiceMessage(VoiceMessage.builder().body(m.body())
                    .originationNumber(m.originationIdentity()).substitutions(subs).build());
            case "EMAIL" -> direct.emailMessage(EmailMessage.builder().fromAddress(m.originationIdentity())
                    .simpleEmail(SimpleEmail.builder().textPart(SimpleEmailPart.builder().data(m.body()).build())
                            .build()).substitutions(subs).build());
            case "CUSTOM", "IN_APP" -> direct.defaultMessage(DefaultMessage.builder().body(m.body())
                    .substitutions(subs).build());
            default -> direct.defaultPushNotificationMessage(DefaultPushNotificationMessage.builder().body(m.body())
                    .substitutions(subs).build());
        }
        return direct.build();
    }

    private static TemplateConfiguration templateConfiguration(String channel, String templateName) {
        if (templateName == null) {
            return null;
        }
        Template template = Template.builder().name(templateName).build();
        TemplateConfiguration.Builder templates = TemplateConfiguration.builder();
        switch (channel) {
            case "SMS" -> templates.smsTemplate(template);
            case "VOICE" -> templates.voiceTemplate(template);
            case "EMAIL" -> templates.emailTemplate(template);
            case "IN_APP" -> templates.inAppTemplate(template);
            default -> templates.pushTemplate(template);
        }
        return templates.build();
    }

    /** A Map of key to SDK model (or a Map in its JSON shape), or a Collection of keys with a default model. */
    private static <T> Map<String, T> configs(Exchange exchange, String header, Class<?> builderClass,
                                              Function<String, T> defaultConfig, Violations violations) {
        Object raw = exchange.getMessage().getHeader(header);
        Map<String, T> configs = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> configs.put(String.valueOf(key), value == null
                    ? defaultConfig.apply(String.valueOf(key))
                    : modelOrRead(value, builderClass, header + "[" + key + "]", violations)));
        } else if (raw instanceof Collection<?> keys) {
            keys.forEach(key -> configs.put(String.valueOf(key), defaultConfig.apply(String.valueOf(key))));
        } else if (raw != null) {
            violations.add(header, raw, "must be a Map or a Collection");
        }
        return configs;
    }

    @SuppressWarnings("unchecked")
    private static <T> T modelOrRead(Object value, Class<?> builderClass, String field, Violations violations) {
        Class<?> modelClass = builderClass.getEnclosingClass();
        return modelClass.isInstance(value) ? (T) value : readModel(value, builderClass, field, violations);
    }

    /** Reads a Map or JSON text in the service's JSON shape into the SDK model of the builder class. */
    @SuppressWarnings("unchecked")
    private static <T> T readModel(Object value, Class<?> builderClass, String field, Violations violations) {
        try {
            Object builder = value instanceof String text ? JSON.readValue(text, builderClass)
                    : JSON.convertValue(value, builderClass);
            return (T) ((SdkBuilder<?, ?>) builder).build();
        } catch (IOException | IllegalArgumentException e) {
            violations.add(field, value, "must be a " + builderClass.getEnclosingClass().getSimpleName()
                                         + " in the service's JSON shape: " + rootMessage(e));
            return null;
        }
    }

    private static Map<String, List<String>> substitutions(Object raw, Violations violations) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<String> values = new ArrayList<>();
                if (value instanceof Collection<?> many) {
                    many.forEach(v -> values.add(String.valueOf(v)));
                } else {
                    values.add(String.valueOf(value));
                }
                substitutions.put(String.valueOf(key), values);
            });
        } else if (raw != null) {
            violations.add(MessagingConstants.SUBSTITUTIONS, raw, "must be a java.util.Map");
        }
        return substitutions;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.split("\n")[0];
    }
}
