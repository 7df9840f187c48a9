package io.camelmessaging.component.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.component.ratelimit.RateLimiter;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * The {@code messaging} dev console: the shared rate limiters of every messaging component in the CamelContext, with
 * their rate, the tokens available now, what they granted and refused, how often the provider throttled and until
 * when a provider's Retry-After pauses them.
 */
@DevConsole(name = "messaging", displayName = "Messaging", description = "Rate limiters of the messaging component")
public class MessagingDevConsole extends AbstractDevConsole {

    public MessagingDevConsole() {
        super("camel", "messaging", "Messaging", "Rate limiters of the messaging component");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        limiters().forEach((component, limiters) -> {
            text.append("Component: ").append(component).append('\n');
            if (limiters.isEmpty()) {
                text.append("    no rate limits in use\n");
            }
            for (Map<String, Object> stats : limiters) {
                text.append("    ").append(stats.get("name")).append('\n');
                stats.forEach((name, value) -> {
                    if (!"name".equals(name)) {
                        text.append("        ").append(name).append(": ").append(value).append('\n');
                    }
                });
            }
        });
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> json = new LinkedHashMap<>();
        limiters().forEach((component, limiters) -> json.put(component, Map.of("rateLimiters", limiters)));
        return json;
    }

    private Map<String, List<Map<String, Object>>> limiters() {
        Map<String, List<Map<String, Object>>> byComponent = new LinkedHashMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof MessagingComponent component) {
                List<Map<String, Object>> stats = new ArrayList<>();
                component.rateLimiterList().stream().map(RateLimiter::stats).forEach(stats::add);
                byComponent.put(name, stats);
            }
        }
        return byComponent;
    }
}
