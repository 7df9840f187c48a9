package io.camelmessaging.springboot;

import java.util.Set;

import com.azure.communication.sms.SmsAsyncClient;
import com.azure.core.credential.TokenCredential;
import io.camelmessaging.component.MessagingConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

/**
 * Binds a {@code camel.component.messaging.*} property of an object option to the bean it names: {@code #id} or
 * {@code #bean:id}. Any other text is left to the other converters.
 */
public class MessagingComponentConverter implements GenericConverter {

    private static final Set<ConvertiblePair> PAIRS = Set.of(
            new ConvertiblePair(String.class, MessagingConfiguration.class),
            new ConvertiblePair(String.class, PinpointSmsVoiceV2AsyncClient.class),
            new ConvertiblePair(String.class, PinpointAsyncClient.class),
            new ConvertiblePair(String.class, SmsAsyncClient.class),
            new ConvertiblePair(String.class, TokenCredential.class));

    private final ApplicationContext applicationContext;

    public MessagingComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return PAIRS;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            return null;
        }
        String id = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(id, targetType.getType());
    }
}
