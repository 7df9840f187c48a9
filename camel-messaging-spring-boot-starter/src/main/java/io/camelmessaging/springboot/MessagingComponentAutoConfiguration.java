package io.camelmessaging.springboot;

import io.camelmessaging.component.MessagingComponent;
import org.apache.camel.Component;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code messaging} component from the {@code camel.component.messaging.*} properties when Camel
 * creates it. Turned off by {@code camel.component.messaging.enabled=false} (or {@code camel.component.enabled=false});
 * the properties are then not applied.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.messaging" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, MessagingComponentConfiguration.class })
public class MessagingComponentAutoConfiguration {

    /** Lets the object options be set from a bean reference such as {@code #mySmsClient}. */
    @Bean
    @ConfigurationPropertiesBinding
    static MessagingComponentConverter messagingComponentConverter(ApplicationContext applicationContext) {
        return new MessagingComponentConverter(applicationContext);
    }

    /**
     * Copies the properties onto the component. It runs before the application's own {@link ComponentCustomizer}
     * beans, so that these can still change what the properties set.
     */
    @Lazy
    @Bean
    public ComponentCustomizer configureMessagingComponent(ApplicationContext applicationContext,
            MessagingComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.messaging.customizer") && target instanceof MessagingComponent;
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST;
            }
        };
    }
}
