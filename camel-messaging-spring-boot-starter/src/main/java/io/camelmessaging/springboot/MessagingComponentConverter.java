package io.camelmessaging.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds a {@code camel.component.messaging.*} property of an object option to the bean it names: {@code #id} or
 * {@code #bean:id}. Any other text is left to the other converters.
 */
public class MessagingComponentConverter implements GenericConverter {

    private static final Set<ConvertiblePair> PAIRS = MessagingComponentConfiguration.BEAN_REFERENCE_TYPES.stream()
            .map(type -> new ConvertiblePair(String.class, type))
            .collect(Collectors.toUnmodifiableSet());

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
