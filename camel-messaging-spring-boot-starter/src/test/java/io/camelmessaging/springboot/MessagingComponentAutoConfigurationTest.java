package io.camelmessaging.springboot;

import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingProvider;
import io.camelmessaging.component.PhoneNumberCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/** How the auto-configuration sets the component up from properties, customizers and bean references. */
class MessagingComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    MessagingComponentAutoConfiguration.class));

    @Test
    void propertiesReachTheComponentsConfiguration() {
        runner.withPropertyValues("camel.component.messaging.provider=azure",
                "camel.component.messaging.region=eu-west-1",
                "camel.component.messaging.max-price=0.02",
                "camel.component.messaging.time-to-live=900",
                "camel.component.messaging.phone-number-check=valid",
                "camel.component.messaging.context.orderId=42",
                "camel.component.messaging.max-recipients=50",
                "camel.component.messaging.media-base-dir=/srv/media",
                "camel.component.messaging.max-media-size=2048",
                "camel.component.messaging.lazy-start-producer=true")
                .run(context -> {
                    MessagingComponent component = messaging(context);
                    MessagingConfiguration configuration = component.getConfiguration();
                    assertThat(configuration.getProvider()).isEqualTo(MessagingProvider.azure);
                    assertThat(configuration.getRegion()).isEqualTo("eu-west-1");
                    assertThat(configuration.getMaxPrice()).isEqualTo("0.02");
                    assertThat(configuration.getTimeToLive()).isEqualTo(900);
                    assertThat(configuration.getPhoneNumberCheck()).isEqualTo(PhoneNumberCheck.valid);
                    assertThat(configuration.getContext()).containsEntry("orderId", "42");
                    assertThat(configuration.getMaxRecipients()).isEqualTo(50);
                    assertThat(configuration.getAllowedMediaSchemes()).isEqualTo("s3");
                    assertThat(configuration.getMediaBaseDir()).isEqualTo("/srv/media");
                    assertThat(configuration.getMaxMediaSize()).isEqualTo(2048L);
                    assertThat(configuration.getDryRun()).isNull();
                    assertThat(component.isLazyStartProducer()).isTrue();
                });
    }

    @Test
    void aUserCustomizerIsAppliedAfterTheProperties() {
        runner.withUserConfiguration(UserCustomizer.class)
                .withPropertyValues("camel.component.messaging.region=eu-west-1",
                        "camel.component.messaging.max-price=0.02")
                .run(context -> {
                    MessagingConfiguration configuration = messaging(context).getConfiguration();
                    assertThat(configuration.getRegion()).isEqualTo("ap-southeast-2");
                    assertThat(configuration.getMaxPrice()).isEqualTo("0.02");
                    assertThat(configuration.getOriginationIdentity()).isEqualTo("+12065550100");
                });
    }

    @Test
    void disabledTheStarterLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.messaging.enabled=false",
                "camel.component.messaging.region=eu-west-1")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MessagingComponentConfiguration.class);
                    assertThat(messaging(context).getConfiguration().getRegion()).isNull();
                });
    }

    @Test
    void aClientOptionTakesABeanReference() {
        runner.withUserConfiguration(TwoClients.class)
                .withPropertyValues("camel.component.messaging.sms-voice-client=#secondClient")
                .run(context -> assertThat(messaging(context).getConfiguration().getSmsVoiceClient())
                        .isSameAs(context.getBean("secondClient")));
    }

    private static MessagingComponent messaging(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("messaging", MessagingComponent.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class UserCustomizer {

        @Bean
        ComponentCustomizer messagingCustomizer() {
            return ComponentCustomizer.forType(MessagingComponent.class, component -> {
                component.getConfiguration().setRegion("ap-southeast-2");
                component.getConfiguration().setOriginationIdentity("+12065550100");
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoClients {

        @Bean
        PinpointSmsVoiceV2AsyncClient firstClient() {
            return client();
        }

        @Bean
        PinpointSmsVoiceV2AsyncClient secondClient() {
            return client();
        }

        private static PinpointSmsVoiceV2AsyncClient client() {
            return PinpointSmsVoiceV2AsyncClient.builder().region(Region.US_EAST_1)
                    .credentialsProvider(AnonymousCredentialsProvider.create()).build();
        }
    }
}
