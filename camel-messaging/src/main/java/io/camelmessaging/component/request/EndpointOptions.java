package io.camelmessaging.component.request;

import java.util.function.BiConsumer;
import java.util.function.Function;

import io.camelmessaging.component.validation.Violations;

/**
 * An operation's options as the endpoint (and the component under it) sets them, resolved and validated once: on the
 * first message, from the configuration alone, learning which headers could override them. Every later message that
 * sets none of those headers reuses the same options and their findings; a message that sets one gets options of its
 * own, resolved and validated as usual. The findings of the endpoint's values are reported on every message, as if
 * found anew.
 *
 * @param <O> the operation's options, an immutable record
 */
public final class EndpointOptions<O> {

    private final Function<OptionResolver, O> resolve;
    private final BiConsumer<O, Violations> validate;
    private volatile Resolved<O> endpoint;

    /**
     * @param resolve  reads the options through a resolver; it must read nothing of the message but headers
     * @param validate adds what the options break
     */
    public EndpointOptions(Function<OptionResolver, O> resolve, BiConsumer<O, Violations> validate) {
        this.resolve = resolve;
        this.validate = validate;
    }

    private record Resolved<O>(O options, String[] headers, Violations findings) {
    }

    /** The options of a message: the endpoint's, unless one of its headers overrides an option. */
    public O resolve(OptionResolver options) {
        Resolved<O> once = endpoint;
        if (once == null) {
            Violations findings = new Violations();
            OptionResolver endpointOnly = options.endpointOnly(findings);
            O resolved = resolve.apply(endpointOnly);
            validate.accept(resolved, findings);
            once = new Resolved<>(resolved, endpointOnly.askedHeaders().toArray(String[]::new), findings);
            endpoint = once;
        }
        return options.hasAnyOf(once.headers()) ? resolve.apply(options) : once.options();
    }

    /** Adds what the options break: the endpoint's findings for the endpoint's options, else a new check. */
    public void validate(O options, Violations violations) {
        Resolved<O> once = endpoint;
        if (once != null && once.options() == options) {
            violations.addAll(once.findings());
        } else {
            validate.accept(options, violations);
        }
    }
}
