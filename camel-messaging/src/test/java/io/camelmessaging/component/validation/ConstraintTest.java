package io.camelmessaging.component.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.camelmessaging.component.validation.Constraint.*;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint has the length bounds and the pattern of its field in the providers' API models and decides as
 * that pattern does, on the models' test vectors and on random values, including the constraints checked by a faster
 * equivalent predicate. The models are read from the sandbox's {@code io/camelmessaging/sandbox/constraints.json}, a
 * verbatim copy of {@code shared/reference/constraints.json}.
 */
class ConstraintTest {

    private static final JsonNode MODELS = models();
    private static final String ACS_SMS = "/azure.sms.2021-03-07/SendMessageRequest/members/";
    private static final String ACS_MMS = "/azure.mms.2024-01-14-preview/MmsSendMessageRequest/members/";
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u2003\u3000aZ9+-_:/.é€😀";

    /** The fields of each constraint: AWS shape names, or JSON pointers of ACS members. */
    private static final Map<Constraint, List<String>> FIELDS = Map.ofEntries(
            entry(AWS_PHONE_NUMBER, List.of("PhoneNumber")),
            entry(AWS_ORIGINATION_IDENTITY, List.of("TextMessageOriginationIdentity", "MediaMessageOriginationIdentity")),
            entry(AWS_MESSAGE_BODY, List.of("TextMessageBody")),
            entry(AWS_KEYWORD, List.of("Keyword")),
            entry(AWS_CONFIGURATION_SET_NAME, List.of("ConfigurationSetNameOrArn")),
            entry(AWS_PROTECT_CONFIGURATION_ID, List.of("ProtectConfigurationIdOrArn")),
            entry(AWS_MAX_PRICE, List.of("MaxPrice")),
            entry(AWS_CONTEXT_KEY, List.of("ContextKey")),
            entry(AWS_CONTEXT_VALUE, List.of("ContextValue")),
            entry(AWS_DESTINATION_COUNTRY_PARAMETER_VALUE, List.of("DestinationCountryParameterValue")),
            entry(AWS_MEDIA_URL, List.of("MediaUrlValue")),
            entry(AZURE_PHONE_NUMBER, List.of(ACS_SMS + "smsRecipients[].to", ACS_MMS + "recipients[].to")),
            entry(AZURE_FROM, List.of(ACS_SMS + "from")),
            entry(AZURE_SMS_MESSAGE, List.of(ACS_SMS + "message")),
            entry(AZURE_MMS_MESSAGE, List.of(ACS_MMS + "message")));

    @ParameterizedTest
    @EnumSource(Constraint.class)
    void hasTheBoundsAndPatternOfItsFields(Constraint constraint) {
        for (JsonNode field : fields(constraint)) {
            if (field.has("pattern")) {
                assertThat(constraint.pattern().pattern()).as("%s pattern", constraint)
                        .isEqualTo(field.get("pattern").asText());
            }
            if (field.has("maxLength")) {
                assertThat(constraint.minLength()).as("%s min", constraint).isEqualTo(field.get("minLength").asInt());
                assertThat(constraint.maxLength()).as("%s max", constraint).isEqualTo(field.get("maxLength").asInt());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Constraint.class, mode = EnumSource.Mode.MATCH_ALL, names = "AWS_.*")
    void decidesTheModelsTestVectors(Constraint constraint) {
        String pattern = modelPattern(constraint).orElseThrow().pattern();
        List<JsonNode> vectors = new ArrayList<>();
        MODELS.get("testVectors").forEach(v -> {
            if (v.get("pattern").asText().equals(pattern)) {
                vectors.add(v);
            }
        });
        assertThat(vectors).as("test vectors for %s", pattern).isNotEmpty();
        for (JsonNode vector : vectors) {
            for (JsonNode testCase : vector.get("cases")) {
                String value = testCase.get("value").asText();
                int length = value.codePointCount(0, value.length());
                boolean valid = testCase.get("fullMatch").asBoolean()
                                && length >= constraint.minLength() && length <= constraint.maxLength();
                String broken = constraint.brokenRule(value);
                assertThat(broken == null).as("%s on '%s' (%s)", constraint, value, broken).isEqualTo(valid);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Constraint.class)
    void decidesAsItsModelPatternOnRandomValues(Constraint constraint) {
        Optional<Pattern> model = modelPattern(constraint);
        if (model.isEmpty()) {
            return; // a format given in prose only: see theAzureNumbersFollowTheDocumentedFormats
        }
        for (String value : samples()) {
            String broken = constraint.brokenRule(value);
            boolean brokePattern = broken != null && broken.startsWith("must match");
            if (broken == null || brokePattern) {
                assertThat(brokePattern).as("%s on %s", constraint, escape(value))
                        .isEqualTo(!model.get().matcher(value).matches());
            }
        }
    }

    /**
     * The ACS models give numbers as "E.164 (doc)": a + and at most 15 digits, the first not 0. A sender may also be
     * an alphanumeric sender id, as the ACS documentation describes it: at most 11 letters, digits and spaces, with a
     * letter among them.
     */
    @Test
    void theAzureNumbersFollowTheDocumentedFormats() {
        assertThat(fields(AZURE_PHONE_NUMBER)).allSatisfy(f -> assertThat(f.get("format").asText()).contains("E.164"));
        assertThat(fields(AZURE_FROM)).allSatisfy(f -> assertThat(f.get("format").asText()).contains("E.164"));
        for (String valid : List.of("+12065550123", "+123456789012345", "+44")) {
            assertThat(AZURE_PHONE_NUMBER.brokenRule(valid)).as(valid).isNull();
            assertThat(AZURE_FROM.brokenRule(valid)).as(valid).isNull();
        }
        for (String invalid : List.of("12065550123", "+1234567890123456", "+0123", "+1", "+1 206 555 0123", "")) {
            assertThat(AZURE_PHONE_NUMBER.brokenRule(invalid)).as(invalid).isNotNull();
        }
        for (String sender : List.of("CONTOSO", "Contoso Ltd", "A1")) {
            assertThat(AZURE_FROM.brokenRule(sender)).as(sender).isNull();
        }
        for (String notASender : List.of("123456", "Contoso Ltd.", "ContosoStore", "12065550123", "")) {
            assertThat(AZURE_FROM.brokenRule(notASender)).as(notASender).isNotNull();
        }
    }

    /** The model nodes of the constraint's fields: every AWS member of the shape, or the ACS members. */
    private static List<JsonNode> fields(Constraint constraint) {
        List<JsonNode> fields = new ArrayList<>();
        for (String field : FIELDS.get(constraint)) {
            if (field.startsWith("/")) {
                fields.add(MODELS.at(field));
            } else {
                collectShape(MODELS.get("aws.pinpoint-sms-voice-v2").get("inputs"), field, fields);
            }
        }
        assertThat(fields).as("fields of %s", constraint).isNotEmpty().noneMatch(JsonNode::isMissingNode);
        return fields;
    }

    private static void collectShape(JsonNode node, String shape, List<JsonNode> found) {
        if (shape.equals(node.path("shape").asText(null))) {
            found.add(node);
        }
        node.forEach(child -> collectShape(child, shape, found));
    }

    /** The pattern the fields must match: their model pattern, anything when they have neither pattern nor format. */
    private static Optional<Pattern> modelPattern(Constraint constraint) {
        JsonNode field = fields(constraint).get(0);
        if (field.has("pattern")) {
            return Optional.of(Pattern.compile(field.get("pattern").asText()));
        }
        return field.has("format") ? Optional.empty() : Optional.of(Pattern.compile("[\\s\\S]*"));
    }

    private static List<String> samples() {
        Random random = new Random(42);
        List<String> samples = new ArrayList<>(List.of("", " ", "\t\n", "\u00A0", "a", " a ", "+12065550100"));
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                value.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            samples.add(value.toString());
        }
        return samples;
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        value.codePoints().forEach(c -> escaped.append(c < 128 && c >= 32 ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return escaped.toString();
    }

    private static JsonNode models() {
        try (InputStream in = ConstraintTest.class.getResourceAsStream("/io/camelmessaging/sandbox/constraints.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
