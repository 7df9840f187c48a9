package io.camelmessaging.docs;

import java.util.List;
import java.util.function.Predicate;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;

/**
 * The parts of the component page ({@code src/main/docs/messaging-component.adoc}) and of the README that are
 * rendered from the catalog, each between a START and an END marker line.
 */
public final class ComponentDocs {

    public static final String ADOC_HEADER_START = "// header attributes: START";
    public static final String ADOC_HEADER_END = "// header attributes: END";
    public static final String ADOC_OPTIONS_START = "// component options: START";
    public static final String ADOC_OPTIONS_END = "// component options: END";
    public static final String README_OPTIONS_START
            = "<!-- endpoint options: START (generated from messaging.json) -->";
    public static final String README_OPTIONS_END = "<!-- endpoint options: END -->";
    public static final String README_RESULTS_START = "<!-- result headers: START (generated from messaging.json) -->";
    public static final String README_RESULTS_END = "<!-- result headers: END -->";

    private static final Predicate<EndpointHeaderModel> RESULT = header -> header.getLabel().contains("result");

    private final ComponentModel model;

    public ComponentDocs(ComponentModel model) {
        this.model = model;
    }

    /** The page's header attributes, in the shape of Camel's component pages. */
    public String adocHeader() {
        return ":doctitle: " + model.getTitle() + "\n"
               + ":shortname: " + model.getScheme() + "\n"
               + ":artifactid: " + model.getArtifactId() + "\n"
               + ":description: " + model.getDescription() + "\n"
               + ":since: " + model.getFirstVersionShort() + "\n"
               + ":supportlevel: " + model.getSupportLevel() + "\n"
               + ":component-header: " + componentHeader() + "\n";
    }

    /** The component options, the endpoint's path and query parameters and the message headers. */
    public String adocOptions() {
        return "== Component Options\n\n"
               + "The %s component supports %d options, which are listed below.\n\n"
                       .formatted(model.getTitle(), model.getComponentOptions().size())
               + OptionTable.ASCIIDOC.render(model.getComponentOptions())
               + "\n== Endpoint Options\n\n"
               + "The %s endpoint is configured using URI syntax:\n\n----\n%s\n----\n\n"
                       .formatted(model.getTitle(), model.getSyntax())
               + "with the following path and query parameters:\n\n"
               + "=== Path Parameters (%d parameters)\n\n".formatted(model.getEndpointPathOptions().size())
               + OptionTable.ASCIIDOC.render(model.getEndpointPathOptions())
               + "\n=== Query Parameters (%d parameters)\n\n".formatted(model.getEndpointParameterOptions().size())
               + OptionTable.ASCIIDOC.render(model.getEndpointParameterOptions())
               + "\n== Message Headers\n\n"
               + "The %s component supports %d message headers, which are listed below.\n\n"
                       .formatted(model.getTitle(), model.getEndpointHeaders().size())
               + OptionTable.ASCIIDOC.render(model.getEndpointHeaders());
    }

    /** The README's table of endpoint options, then the headers read before sending. */
    public String readmeOptions() {
        return OptionTable.MARKDOWN.render(model.getEndpointOptions())
               + "\nHeaders read before sending (each overrides the option of the same name, if there is one):\n\n"
               + OptionTable.MARKDOWN.render(headers(RESULT.negate()));
    }

    /** The README's table of the headers set after sending. */
    public String readmeResultHeaders() {
        return OptionTable.MARKDOWN.render(headers(RESULT));
    }

    private List<EndpointHeaderModel> headers(Predicate<EndpointHeaderModel> filter) {
        return model.getEndpointHeaders().stream().filter(filter).toList();
    }

    private String componentHeader() {
        if (model.isProducerOnly()) {
            return "Only producer is supported";
        }
        return model.isConsumerOnly() ? "Only consumer is supported" : "Both producer and consumer are supported";
    }
}
