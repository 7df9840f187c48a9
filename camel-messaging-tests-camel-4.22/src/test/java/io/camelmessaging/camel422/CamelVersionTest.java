package io.camelmessaging.camel422;

import io.camelmessaging.component.MessagingComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's tests of this module run on the Camel of this module's pom, not on the build's: the Camel that
 * creates the {@code messaging} component here is that version.
 */
class CamelVersionTest {

    @Test
    void theComponentRunsOnTheCamelVersionOfThisModule() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();

            assertThat(camel.getComponent("messaging")).isInstanceOf(MessagingComponent.class);
            assertThat(camel.getVersion()).isEqualTo(System.getProperty("expectedCamelVersion")).startsWith("4.22.");
        }
    }
}
