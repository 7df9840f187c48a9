package io.camelmessaging.component.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingValidationException;
import io.camelmessaging.component.MessagingValidationException.Violation;
import io.camelmessaging.component.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and boundary bad inputs (wrong types, huge strings, control characters, unpaired surrogates,
 * nulls, empty values) for every operation. Each case breaks one to three fields of an otherwise valid message and
 * must end in a {@link MessagingValidationException} naming every broken field (or an
 * {@link InvalidPayloadException} for a wrong SDK request), and no request may reach the sandbox.
 */
class BadInputFuzzTest extends SandboxTestSupport {

    private static final int CASES_PER_OPERATION = 600;
    private static final long SEED = 20261122L;

    /** A field to break: the header, the violation fields that may name it, and bad values for it. */
    private record Breakable(String header, List<String> fields, List<Supplier<Object>> badValues) {
    }

    private final Random random = new Random(SEED);

    @Test
    void everyBadInputIsAValidationErrorNamingItsFieldAndNothingIsSent() {
        int violations = 0;
        violations += fuzz("messaging:sendTextMessage?originationIdentity=RAW(+12065550100)", awsCommon(true));
        violations += fuzz("messaging:sendMediaMessage?originationIdentity=RAW(+12065550100)"
                           + "&mediaUrl=s3://bucket-1/a.png", awsCommon(false));
        violations += fuzz("messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)",
                azure(2048, false));
        violations += fuzz("messaging:sendMediaMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                           + "&mediaUrl=classpath:media/sample.png", azure(1000, true));
        violations += fuzz("messaging:sendMessages?applicationId=app-1", pinpoint());
        int payloads = fuzzPojoPayloads();

        System.out.printf("fuzz: %d cases, %d violations reported, %d invalid payloads, %d requests sent%n",
                5 * CASES_PER_OPERATION, violations, payloads, sandbox.requests().size());
        assertThat(sandbox.requests()).isEmpty();
    }

    private int fuzz(String uri, List<Breakable> breakables) {
        int reported = 0;
        for (int i = 0; i < CASES_PER_OPERATION; i++) {
            Map<String, Object> headers = new HashMap<>(validHeaders(uri));
            Object body = validBody(uri);
            List<Breakable> broken = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int b = 0; b < count; b++) {
                Breakable target = breakables.get(random.nextInt(breakables.size()));
                if (broken.stream().noneMatch(t -> t.header().equals(target.header()))) {
                    broken.add(target);
                }
            }
            for (Breakable target : broken) {
                Object bad = target.badValues().get(random.nextInt(target.badValues().size())).get();
                if ("body".equals(target.header())) {
                    body = bad;
                } else {
                    headers.put(target.header(), bad);
                }
            }
            Exchange exchange = sendWith(uri, body, headers);
            assertThat(exchange.getException())
                    .as("case %d of %s breaking %s", i, uri, broken.stream().map(Breakable::header).toList())
                    .isExactlyInstanceOf(MessagingValidationException.class);
            List<Violation> found = exchange.getException(MessagingValidationException.class).getViolations();
            for (Breakable target : broken) {
                assertThat(found).as("case %d of %s: a violation names %s", i, uri, target.fields())
                        .anyMatch(v -> target.fields().stream().anyMatch(f -> v.field().startsWith(f)));
            }
            assertThat(found).allMatch(v -> v.rule() != null && !v.rule().isBlank());
            reported += found.size();
        }
        return reported;
    }

    private int fuzzPojoPayloads() {
        List<Object> notRequests = List.of("text", 42, Map.of("a", 1), new byte[] { 1, 2 }, List.of("x"), 1.5);
        int count = 0;
        for (String op : List.of("sendTextMessage", "sendMediaMessage", "sendMessages")) {
            for (Object body : notRequests) {
                Exchange exchange = sendWith("messaging:" + op + "?pojoRequest=true", body, Map.of());
                assertThat(exchange.getException()).isExactlyInstanceOf(InvalidPayloadException.class);
                count++;
            }
        }
        return count;
    }

    private Exchange sendWith(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            headers.forEach((k, v) -> e.getMessage().setHeader(k, v));
        });
    }

    private static Map<String, Object> validHeaders(String uri) {
        return Map.of(MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
    }

    private static Object validBody(String uri) {
        return "hello";
    }

    private List<Breakable> awsCommon(boolean text) {
        List<Breakable> fields = new ArrayList<>(List.of(
                new Breakable(MessagingConstants.DESTINATION_PHONE_NUMBER, List.of("DestinationPhoneNumber"),
                        phoneNumbers()),
                new Breakable(MessagingConstants.ORIGINATION_IDENTITY, List.of("OriginationIdentity"),
                        strings("bad id", "", "id!", "x".repeat(257))),
                new Breakable(MessagingConstants.MAX_PRICE, List.of("MaxPrice"),
                        strings("100.0", "5", "0.123456", "1.", "0,05", "", "abc")),
                new Breakable(MessagingConstants.TIME_TO_LIVE, List.of("TimeToLive", MessagingConstants.TIME_TO_LIVE),
                        values(-1, 0, 4, 259201, Integer.MAX_VALUE, Integer.MIN_VALUE, "soon", "", "1e9", List.of(1),
                                Map.of("a", 1))),
                new Breakable(MessagingConstants.CONFIGURATION_SET_NAME, List.of("ConfigurationSetName"),
                        strings("with space", "plus+sign", "", "c".repeat(257))),
                new Breakable(MessagingConstants.PROTECT_CONFIGURATION_ID, List.of("ProtectConfigurationId"),
                        strings("a b", "", "p".repeat(300))),
                new Breakable(MessagingConstants.CONTEXT, List.of("Context", MessagingConstants.CONTEXT),
                        contexts()),
                new Breakable(MessagingConstants.DRY_RUN, List.of(MessagingConstants.DRY_RUN),
                        values("maybe", "yes please", List.of(true), Map.of())),
                new Breakable("body", List.of("MessageBody", "body"),
                        strings(" ", "\n\t ", "a".repeat(1601), "b".repeat(100_000)))));
        if (text) {
            fields.add(new Breakable(MessagingConstants.MESSAGE_TYPE, List.of("MessageType"),
                    strings("URGENT", "transactional", "")));
            fields.add(new Breakable(MessagingConstants.KEYWORD, List.of("Keyword"),
                    strings("tab\there", "new\nline", "", "k".repeat(31))));
            fields.add(new Breakable(MessagingConstants.DESTINATION_COUNTRY_PARAMETERS,
                    List.of("DestinationCountryParameters", MessagingConstants.DESTINATION_COUNTRY_PARAMETERS),
                    values(Map.of("US_ID", "1"), Map.of("IN_ENTITY_ID", "a b"), "IN_ENTITY_ID=1",
                            Map.of("IN_ENTITY_ID", "e".repeat(65)))));
        } else {
            fields.add(new Breakable(MessagingConstants.MEDIA_URLS, List.of("MediaUrls"),
                    values("https://example.com/a.png", "s3://AB/a.png", "s3://ab/a.png",
                            List.of("s3://bucket-1/a.png", "s3://bucket-1/b.png"), List.of(), "s3://bucket-1/",
                            "s3://bucket-1/" + "k".repeat(2040))));
        }
        return fields;
    }

    private List<Breakable> azure(int maxMessage, boolean media) {
        List<Breakable> fields = new ArrayList<>(List.of(
                new Breakable(MessagingConstants.DESTINATION_PHONE_NUMBER, List.of("to"), phoneNumbers()),
                new Breakable(MessagingConstants.ORIGINATION_IDENTITY, List.of("from"),
                        strings("not a sender!", "", "+0123", "TOOLONGSENDERID", "12345"))));
        fields.add(new Breakable("body", List.of("message", "body"), strings("m".repeat(maxMessage + 1))));
        if (media) {
            fields.add(new Breakable(MessagingConstants.MEDIA_URLS, List.of("MediaUrls"),
                    values("https://example.com/a.png", "classpath:media/missing.png", "classpath:media/sample.pdf",
                            "ftp://x/y.png", "file:/etc/passwd", "{{env:HOME}}",
                            List.of("classpath:media/sample.png", "file:/nonexistent/x.gif"))));
        }
        return fields;
    }

    private List<Breakable> pinpoint() {
        return List.of(
                new Breakable(MessagingConstants.APPLICATION_ID, List.of("ApplicationId"), values("", " ")),
                new Breakable("body", List.of("body"),
                        values("{\"Adresses\":{}}", "{not json", "{\"Addresses\":\"x\"}",
                                Map.of("MessageConfiguration", "x"), Map.of("Unknown", 1),
                                "{\"MessageConfiguration\":{\"SMSMessage\":{\"Body\":[1,2]}},\"TraceId\":{}}")),
                new Breakable(MessagingConstants.ADDRESSES, List.of(MessagingConstants.ADDRESSES),
                        values("not a map", 42, Map.of("+12065550123", "SMS"),
                                Map.of("+12065550123", Map.of("ChannelType", List.of())))),
                new Breakable(MessagingConstants.SUBSTITUTIONS, List.of(MessagingConstants.SUBSTITUTIONS),
                        values("name=Ann", 7, List.of("x"))));
    }

    /** Phone numbers that break every provider's pattern. */
    private List<Supplier<Object>> phoneNumbers() {
        return List.of(
                () -> randomText(1 + random.nextInt(30)),
                () -> "+0" + digits(8),
                () -> "+1" + digits(19 + random.nextInt(5)),
                () -> "+1 206 555 " + digits(4),
                () -> "+1206555\u0000" + digits(3),
                () -> "+1206555\uD800" + digits(3),
                () -> "\u202E+12065550123",
                () -> digits(100_000),
                () -> 7,
                () -> Map.of("to", "+12065550123"),
                () -> List.of(),
                () -> "",
                () -> " , ,");
    }

    private List<Supplier<Object>> contexts() {
        Map<String, Object> six = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            six.put("k" + i, "v");
        }
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("k", null);
        return values("not a map", six, Map.of("a key", "v"), Map.of("k", " v"), Map.of("k", "v".repeat(801)),
                nullValue, Map.of("k", "bad\u0007bell"), Map.of("k", "half\uDC00"));
    }

    private List<Supplier<Object>> strings(String... fixed) {
        List<Supplier<Object>> suppliers = new ArrayList<>(values((Object[]) fixed));
        suppliers.add(() -> "ctrl\u0001char");
        suppliers.add(() -> "lone\uD83Dsurrogate");
        return suppliers;
    }

    private static List<Supplier<Object>> values(Object... fixed) {
        List<Supplier<Object>> suppliers = new ArrayList<>();
        for (Object value : fixed) {
            suppliers.add(() -> value);
        }
        return suppliers;
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** Random text with at least one letter or symbol, so it can never be a phone number. */
    private String randomText(int length) {
        String alphabet = "abcXYZ +-()#*.,;\t\n\u00e9\u4e2d";
        StringBuilder text = new StringBuilder("x");
        for (int i = 1; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
