package io.camelmessaging.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;

/**
 * Renders the starter's {@code MessagingComponentConfiguration} and its additional Spring configuration metadata from
 * the component options of the catalog. Every field is boxed and starts unset, so that only the properties a user
 * sets are copied onto the component (an unset Boolean such as {@code dryRun} stays out of the request); the
 * catalog's defaults go into the metadata instead.
 */
final class StarterConfigurationRenderer {

    static final String PREFIX = "camel.component.messaging";

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)");
    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");
    private static final int WIDTH = 120;

    private final ComponentModel model;

    StarterConfigurationRenderer(ComponentModel model) {
        this.model = model;
    }

    /** The Java source of {@code MessagingComponentConfiguration}. */
    String configurationClass() {
        TreeSet<String> imports = new TreeSet<>(List.of(
                "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon",
                "org.springframework.boot.context.properties.ConfigurationProperties", "java.util.List"));
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (ComponentOptionModel option : model.getComponentOptions()) {
            String type = simpleType(option.getJavaType(), imports);
            String name = option.getName();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String deprecated = option.isDeprecated() ? "    @Deprecated\n" : "";
            fields.append('\n').append(javadoc(option.getDescription())).append(deprecated)
                    .append("    private ").append(type).append(' ').append(name).append(";\n");
            if (option.isDeprecated()) {
                imports.add("org.springframework.boot.context.properties.DeprecatedConfigurationProperty");
                String note = option.getDeprecationNote() == null ? "" : option.getDeprecationNote();
                accessors.append("\n    @Deprecated\n    @DeprecatedConfigurationProperty(reason = \"")
                        .append(note.replace("\"", "\\\"")).append("\")");
            }
            accessors.append("\n    public ").append(type).append(" get").append(capitalized).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append(deprecated)
                    .append("    public void set").append(capitalized).append('(').append(type).append(' ').append(name)
                    .append(") {\n        this.").append(name).append(" = ").append(name).append(";\n    }\n");
        }
        return "package io.camelmessaging.springboot;\n\n"
               + importLines(imports)
               + "/**\n"
               + " * The {@code " + PREFIX + ".*} properties: one per option of the {@code " + model.getScheme()
               + "} component, copied onto\n"
               + " * the component when Camel creates it. Options left unset keep the component's own defaults.\n"
               + " * <p>\n"
               + " * Generated from {@code messaging.json} by {@code GeneratedConfigurationTest}: do not edit.\n"
               + " */\n"
               + "@ConfigurationProperties(prefix = \"" + PREFIX + "\")\n"
               + "public class MessagingComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
               + "    /** The option types that a property may name a bean of: {@code #id} or {@code #bean:id}. */\n"
               + "    public static final List<Class<?>> BEAN_REFERENCE_TYPES = List.of(\n            "
               + beanReferenceTypes(imports) + ");\n"
               + fields + accessors + "}\n";
    }

    /** The additional metadata: the starter's own switches, and the catalog's defaults. */
    String additionalMetadata() throws JsonProcessingException {
        List<Map<String, Object>> properties = new ArrayList<>();
        properties.add(property(PREFIX + ".enabled", "Whether to enable auto configuration of the " + model.getScheme()
                                                   + " component. This is enabled by default."));
        properties.add(property(PREFIX + ".customizer.enabled", "Whether the " + PREFIX + ".* properties are copied "
                                                              + "onto the " + model.getScheme()
                                                              + " component. This is enabled by default."));
        for (ComponentOptionModel option : model.getComponentOptions()) {
            if (option.getDefaultValue() != null) {
                Map<String, Object> property = new LinkedHashMap<>();
                property.put("name", PREFIX + "." + kebabCase(option.getName()));
                property.put("defaultValue", option.getDefaultValue());
                properties.add(property);
            }
        }
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("properties", properties))
               + "\n";
    }

    static String kebabCase(String option) {
        return option.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static Map<String, Object> property(String name, String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("type", "java.lang.Boolean");
        property.put("description", description);
        property.put("defaultValue", true);
        return property;
    }

    private String beanReferenceTypes(TreeSet<String> imports) {
        return model.getComponentOptions().stream()
                .filter(option -> "object".equals(option.getType()) && !option.isMultiValue())
                .map(option -> simpleType(option.getJavaType(), imports) + ".class")
                .collect(Collectors.joining(",\n            "));
    }

    private static String simpleType(String javaType, TreeSet<String> imports) {
        if (BOXED.containsKey(javaType)) {
            return BOXED.get(javaType);
        }
        Matcher qualified = QUALIFIED.matcher(javaType);
        StringBuilder simple = new StringBuilder();
        while (qualified.find()) {
            if (!qualified.group().startsWith("java.lang.")) {
                imports.add(qualified.group());
            }
            qualified.appendReplacement(simple, qualified.group(1));
        }
        return qualified.appendTail(simple).toString();
    }

    private static String importLines(TreeSet<String> imports) {
        String java = imports.stream().filter(i -> i.startsWith("java.")).map(i -> "import " + i + ";\n")
                .collect(Collectors.joining());
        String other = imports.stream().filter(i -> !i.startsWith("java.")).map(i -> "import " + i + ";\n")
                .collect(Collectors.joining());
        return (java.isEmpty() ? "" : java + "\n") + other + "\n";
    }

    private static String javadoc(String description) {
        StringBuilder doc = new StringBuilder("    /**\n");
        StringBuilder line = new StringBuilder("     *");
        for (String word : description.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > "     *".length()) {
                doc.append(line).append('\n');
                line = new StringBuilder("     *");
            }
            line.append(' ').append(word);
        }
        return doc.append(line).append("\n     */\n").toString();
    }
}
