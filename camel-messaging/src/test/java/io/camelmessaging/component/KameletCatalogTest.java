package io.camelmessaging.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Kamelet of {@code src/main/resources/kamelets} against the component's generated {@code messaging.json}, with
 * no exemptions: the rules of Camel's Kamelet catalog validator, and that each property is the component option of
 * its name, of its type, default and enum, a password exactly when the option is secret, passed to the endpoint as
 * {@code RAW({{?name}})}. Each rule is shown to fail on a broken copy of {@code messaging-sms-sink}.
 */
class KameletCatalogTest {

    private static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    private static final String SUFFIX = ".kamelet.yaml";
    private static final String OPTIONS = "/META-INF/io/camelmessaging/component/messaging.json";
    /**
     * Kamelet properties named otherwise than their option, by property: a property named {@code path} would take the
     * environment's PATH, as Camel's placeholders let environment variables override properties.
     */
    private static final Map<String, String> OPTION_OF_PROPERTY = Map.of("webhookPath", "path");

    static Stream<Path> kamelets() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(KAMELETS)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .contains("messaging-sms-sink" + SUFFIX, "messaging-mms-sink" + SUFFIX,
                        "messaging-events-source" + SUFFIX).allMatch(name -> name.endsWith(SUFFIX));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyKameletFollowsTheRules(Path file) throws IOException {
        assertThat(problems(file.getFileName().toString(), Files.readString(file))).isEmpty();
    }

    static Stream<Arguments> brokenKamelets() {
        return Stream.of(
                Arguments.of("name: messaging-sms-sink", "name: messaging-text-sink", "is not the file name"),
                Arguments.of("kamelet.type: sink", "kamelet.type: source", "type label"),
                Arguments.of("title: Messaging SMS Sink", "title: Messaging SMS", "title"),
                Arguments.of("        title: Tag\n", "", "property tag has no title"),
                Arguments.of("      tag:\n", "      tags:\n", "tags is not a component option"),
                Arguments.of("      maxParts:\n        title: Maximum Parts\n", "      maxParts:\n        title: Maximum Parts\n"
                             + "        default: 3\n", "default 3"),
                Arguments.of("        type: integer\n      messageType:", "        type: string\n      messageType:",
                        "type string"),
                Arguments.of("enum: [\"aws\", \"azure\"]", "enum: [\"aws\"]", "enum"),
                Arguments.of("        description: The AWS region, e.g. us-east-1.\n",
                        "        description: The AWS region, e.g. us-east-1.\n        format: password\n",
                        "password but the option is not secret"),
                Arguments.of("        description: The AWS secret access key.\n        type: string\n        format: password\n",
                        "        description: The AWS secret access key.\n        type: string\n",
                        "secretKey is secret but not a password"),
                Arguments.of("          - urn:camel:group:credentials\n      sessionToken:", "      sessionToken:",
                        "credentials descriptor"),
                Arguments.of("    type: object\n    properties:", "    required:\n      - recipient\n    type: object\n"
                             + "    properties:", "required recipient"),
                Arguments.of("tag: \"RAW({{?tag}})\"", "tag: \"{{?tag}}\"", "tag is passed as {{?tag}}"),
                Arguments.of("              tag: \"RAW({{?tag}})\"\n", "", "tag is declared but not passed"),
                Arguments.of("              tag: \"RAW({{?tag}})\"\n", "              tag: \"RAW({{?tag}})\"\n"
                             + "              keyword: \"RAW({{?keyword}})\"\n", "keyword is passed but not declared"),
                Arguments.of("uri: kamelet:source", "uri: timer:tick", "kamelet:source"),
                Arguments.of("uri: messaging:sendTextMessage", "uri: log:sms", "messaging:"));
    }

    static Stream<Arguments> brokenSources() {
        return Stream.of(
                Arguments.of("kamelet.type: source", "kamelet.type: sink", "type label"),
                Arguments.of("uri: messaging:events", "uri: timer:tick", "messaging:events"),
                Arguments.of("uri: kamelet:sink", "uri: log:events", "kamelet:sink"),
                Arguments.of("        path: \"RAW({{?webhookPath}})\"\n", "", "webhookPath is declared but not passed"),
                Arguments.of("path: \"RAW({{?webhookPath}})\"", "path: \"RAW({{?path}})\"",
                        "path is passed as RAW({{?path}}), not RAW({{?webhookPath}})"),
                Arguments.of("        default: 20\n", "        default: 30\n", "default 30"));
    }

    @ParameterizedTest
    @MethodSource("brokenSources")
    void eachSourceRuleFails(String original, String broken, String problem) throws IOException {
        String text = Files.readString(KAMELETS.resolve("messaging-events-source" + SUFFIX));
        assertThat(text).contains(original);

        assertThat(problems("messaging-events-source" + SUFFIX, text.replace(original, broken)))
                .anySatisfy(found -> assertThat(found).contains(problem));
    }

    @ParameterizedTest
    @MethodSource("brokenKamelets")
    void eachRuleFails(String original, String broken, String problem) throws IOException {
        String text = Files.readString(KAMELETS.resolve("messaging-sms-sink" + SUFFIX));
        assertThat(text).contains(original);

        assertThat(problems("messaging-sms-sink" + SUFFIX, text.replace(original, broken)))
                .anySatisfy(found -> assertThat(found).contains(problem));
    }

    /** What is wrong with a Kamelet file: empty when nothing is. */
    static List<String> problems(String fileName, String text) throws IOException {
        Map<String, Object> kamelet = map(new Load(LoadSettings.builder().build()).loadFromString(text));
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        Map<String, Object> definition = map(map(kamelet.get("spec")).get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));
        JsonNode options = options();
        List<String> problems = new ArrayList<>();

        String name = (String) metadata.get("name");
        if (!fileName.equals(name + SUFFIX)) {
            problems.add("the name " + name + " is not the file name " + fileName);
        }
        Object type = map(metadata.get("labels")).get("camel.apache.org/kamelet.type");
        String kind = "source".equals(type) ? "source" : "sink";
        String title = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        if (!kind.equals(type) || !name.endsWith("-" + kind)
            || !String.valueOf(definition.get("title")).endsWith(" " + title)) {
            problems.add("a " + kind + " needs the type label " + kind + ", a name ending -" + kind + " and a title "
                         + "ending " + title + ": " + type);
        }
        for (Object required : list(definition.get("required"))) {
            if (!properties.containsKey(required)) {
                problems.add("required " + required + " is no property");
            }
        }
        properties.forEach((property, schema) -> checkProperty(property, map(schema), options, problems));
        Map<String, Object> template = map(map(kamelet.get("spec")).get("template"));
        if (kind.equals("source")) {
            checkSourceTemplate(template, properties, problems);
        } else {
            checkTemplate(template, properties, problems);
        }
        return problems;
    }

    private static void checkProperty(String name, Map<String, Object> schema, JsonNode options, List<String> problems) {
        for (String field : List.of("title", "description", "type")) {
            if (schema.get(field) == null) {
                problems.add("property " + name + " has no " + field);
            }
        }
        JsonNode option = options.get(OPTION_OF_PROPERTY.getOrDefault(name, name));
        if (option == null) {
            problems.add(name + " is not a component option");
            return;
        }
        String optionType = option.get("type").asText();
        String expectedType = optionType.equals("enum") ? "string" : optionType;
        if (!expectedType.equals(schema.get("type")) || optionType.equals("object")) {
            problems.add(name + " has type " + schema.get("type") + ", the option " + optionType);
        }
        List<String> optionEnum = option.has("enum") ? textList(option.get("enum")) : List.of();
        if (!optionEnum.equals(list(schema.get("enum")).stream().map(String::valueOf).toList())) {
            problems.add(name + " has enum " + schema.get("enum") + ", the option " + optionEnum);
        }
        if (schema.containsKey("default") && !String.valueOf(schema.get("default")).equals(
                option.path("defaultValue").asText(null))) {
            problems.add(name + " has default " + schema.get("default") + ", the option " + option.get("defaultValue"));
        }
        boolean password = "password".equals(schema.get("format"));
        boolean secret = option.path("secret").asBoolean();
        if (password && !secret) {
            problems.add(name + " is a password but the option is not secret");
        } else if (secret && !password) {
            problems.add(name + " is secret but not a password");
        }
        if (password != list(schema.get("x-descriptors")).contains("urn:camel:group:credentials")) {
            problems.add(name + ": format password goes with the credentials descriptor, and only it");
        }
    }

    /** From kamelet:source to one messaging: endpoint that gets every property, and nothing else, as RAW({{?name}}). */
    private static void checkTemplate(Map<String, Object> template, Map<String, Object> properties, List<String> problems) {
        Map<String, Object> from = map(template.get("from"));
        if (!"kamelet:source".equals(from.get("uri"))) {
            problems.add("a sink starts at kamelet:source, not " + from.get("uri"));
        }
        List<Object> steps = list(from.get("steps"));
        Map<String, Object> to = steps.size() == 1 ? map(map(steps.get(0)).get("to")) : Map.of();
        if (!String.valueOf(to.get("uri")).startsWith("messaging:")) {
            problems.add("the template must be one step, to messaging:..., not " + steps);
            return;
        }
        checkParameters(map(to.get("parameters")), properties, problems);
    }

    /** From messaging:events, which gets every property as RAW({{?name}}), through its steps to kamelet:sink. */
    private static void checkSourceTemplate(Map<String, Object> template, Map<String, Object> properties,
                                            List<String> problems) {
        Map<String, Object> from = map(template.get("from"));
        if (!"messaging:events".equals(from.get("uri"))) {
            problems.add("a source starts at messaging:events, not " + from.get("uri"));
        }
        List<Object> steps = list(from.get("steps"));
        Map<String, Object> last = steps.isEmpty() ? Map.of() : map(map(steps.get(steps.size() - 1)).get("to"));
        if (!"kamelet:sink".equals(last.get("uri"))) {
            problems.add("a source ends at kamelet:sink, not " + steps);
        }
        checkParameters(map(from.get("parameters")), properties, problems);
    }

    private static void checkParameters(Map<String, Object> parameters, Map<String, Object> properties,
                                        List<String> problems) {
        Map<String, String> propertyOfOption = new HashMap<>();
        properties.keySet().forEach(property -> propertyOfOption.put(
                OPTION_OF_PROPERTY.getOrDefault(property, property), property));
        parameters.forEach((parameter, value) -> {
            String property = propertyOfOption.get(parameter);
            if (property == null) {
                problems.add(parameter + " is passed but not declared");
            } else if (!("RAW({{?" + property + "}})").equals(value)) {
                problems.add(parameter + " is passed as " + value + ", not RAW({{?" + property + "}})");
            }
        });
        propertyOfOption.forEach((option, property) -> {
            if (!parameters.containsKey(option)) {
                problems.add(property + " is declared but not passed");
            }
        });
    }

    private static JsonNode options() throws IOException {
        try (InputStream json = Objects.requireNonNull(KameletCatalogTest.class.getResourceAsStream(OPTIONS))) {
            return new ObjectMapper().readTree(json).get("properties");
        }
    }

    private static List<String> textList(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }
}
