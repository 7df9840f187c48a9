package io.camelmessaging.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelmessaging.component.MessagingValidationException.Violation;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint of design section 6 is refused before any request reaches the sandbox, with a message naming the
 * field, the value and the rule.
 */
class AwsValidationTest extends SandboxTestSupport {

    private static final String TEXT = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)";
    private static final String MEDIA = "messaging:sendMediaMessage?destinationPhoneNumber=RAW(+12065550123)"
                                        + "&originationIdentity=RAW(+12065550100)";

    static Stream<Arguments> violations() {
        Map<String, String> sixEntries = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            sixEntries.put("k" + i, "v");
        }
        return Stream.of(
                Arguments.of(TEXT, MessagingConstants.DESTINATION_PHONE_NUMBER, "+1 206 555 0100",
                        "DestinationPhoneNumber", "+1 206 555 0100", "must match \\+?[1-9][0-9]{1,18}"),
                Arguments.of(TEXT, MessagingConstants.DESTINATION_PHONE_NUMBER, "+0123456",
                        "DestinationPhoneNumber", "+0123456", "must match"),
                Arguments.of(TEXT, MessagingConstants.DESTINATION_PHONE_NUMBER, "+12345678901234567890",
                        "DestinationPhoneNumber", "+12345678901234567890", "must be 1-20 characters long (is 21)"),
                Arguments.of(TEXT, MessagingConstants.ORIGINATION_IDENTITY, "bad id",
                        "OriginationIdentity", "bad id", "must match [A-Za-z0-9_:/\\+-]+"),
                Arguments.of(TEXT, MessagingConstants.ORIGINATION_IDENTITY, "x".repeat(257),
                        "OriginationIdentity", "x".repeat(64), "must be 1-256 characters long (is 257)"),
                Arguments.of(TEXT, MessagingConstants.MAX_PRICE, "100.0",
                        "MaxPrice", "100.0", "must match [0-9]{0,2}\\.[0-9]{1,5}"),
                Arguments.of(TEXT, MessagingConstants.MAX_PRICE, "5",
                        "MaxPrice", "5", "must be 2-8 characters long (is 1)"),
                Arguments.of(TEXT, MessagingConstants.TIME_TO_LIVE, 4,
                        "TimeToLive", "4", "must be between 5 and 259200"),
                Arguments.of(TEXT, MessagingConstants.TIME_TO_LIVE, 259201,
                        "TimeToLive", "259201", "must be between 5 and 259200"),
                Arguments.of(TEXT, MessagingConstants.TIME_TO_LIVE, "soon",
                        MessagingConstants.TIME_TO_LIVE, "soon", "must be convertible to Integer"),
                Arguments.of(TEXT, MessagingConstants.CONTEXT, sixEntries,
                        "Context", "6 item(s)", "must have between 0 and 5 item(s)"),
                Arguments.of(TEXT, MessagingConstants.CONTEXT, Map.of("order id", "1"),
                        "Context key", "order id", "must match \\S+"),
                Arguments.of(TEXT, MessagingConstants.CONTEXT, Map.of("k", " v"),
                        "Context[k]", " v", "must match (?!\\s)^[\\s\\S]+(?<!\\s)"),
                Arguments.of(TEXT, MessagingConstants.CONTEXT, Map.of("k", "v".repeat(801)),
                        "Context[k]", "v".repeat(64), "must be 1-800 characters long (is 801)"),
                Arguments.of(TEXT, MessagingConstants.CONFIGURATION_SET_NAME, "with space",
                        "ConfigurationSetName", "with space", "must match [A-Za-z0-9_:/-]+"),
                Arguments.of(TEXT, MessagingConstants.PROTECT_CONFIGURATION_ID, "plus+sign",
                        "ProtectConfigurationId", "plus+sign", "must match [A-Za-z0-9_:/-]+"),
                Arguments.of(TEXT, MessagingConstants.MESSAGE_TYPE, "URGENT",
                        "MessageType", "URGENT", "must be one of PROMOTIONAL, TRANSACTIONAL"),
                Arguments.of(TEXT, MessagingConstants.KEYWORD, "tab\there",
                        "Keyword", "tab\there", "must match [ \\S]+"),
                Arguments.of(TEXT, MessagingConstants.DESTINATION_COUNTRY_PARAMETERS, Map.of("US_ID", "1"),
                        "DestinationCountryParameters key", "US_ID", "must be one of IN_ENTITY_ID, IN_TEMPLATE_ID"),
                Arguments.of(TEXT, MessagingConstants.DESTINATION_COUNTRY_PARAMETERS, Map.of("IN_ENTITY_ID", "a b"),
                        "DestinationCountryParameters[IN_ENTITY_ID]", "a b", "must match \\S+"),
                Arguments.of(MEDIA, MessagingConstants.MEDIA_URLS, "s3://Bad_Bucket/a.png",
                        "MediaUrls", "s3://Bad_Bucket/a.png", "must match s3://([a-z0-9\\.-]{3,63})/(.+)"),
                Arguments.of(MEDIA, MessagingConstants.MEDIA_URLS, "s3://My-Bucket/a.png",
                        "MediaUrls", "s3://My-Bucket/a.png", "must match s3://"),
                Arguments.of(MEDIA, MessagingConstants.MEDIA_URLS, List.of("s3://bucket-1/a.png", "s3://bucket-1/b.png"),
                        "MediaUrls", "2 item(s)", "must have exactly 1 item(s)"),
                Arguments.of(MEDIA, MessagingConstants.MEDIA_URLS, "s3://bucket-1/" + "k".repeat(2040),
                        "MediaUrls", "s3://bucket-1/" + "k".repeat(50), "must be 1-2048 characters long (is 2054)"));
    }

    @ParameterizedTest(name = "{3} {5}")
    @MethodSource("violations")
    void refusedBeforeSending(String uri, String header, Object headerValue, String field, String shownValue,
                              String rule) {
        Exchange exchange = send(uri, "hello", header, headerValue, MessagingConstants.MEDIA_URLS,
                header.equals(MessagingConstants.MEDIA_URLS) ? headerValue : "s3://bucket-1/a.png");

        MessagingValidationException error = exchange.getException(MessagingValidationException.class);
        assertThat(error).isNotNull();
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getProvider()).isEqualTo("aws");
        assertThat(error.getViolations()).hasSize(1);
        Violation violation = error.getViolations().get(0);
        assertThat(violation.field()).isEqualTo(field);
        assertThat(violation.value()).startsWith(shownValue);
        assertThat(violation.rule()).startsWith(rule);
        assertThat(error.getMessage()).contains(field, shownValue, rule);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void bodyOfOnlyWhitespaceOrTooLongIsRefused() {
        Exchange blank = send(TEXT, " \n\t ");
        Exchange tooLong = send(TEXT, "a".repeat(1601));

        assertThat(blank.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("MessageBody", " \n\t ", "must match (?!\\s*$)[\\s\\S]+"));
        assertThat(tooLong.getException(MessagingValidationException.class).getViolations().get(0).rule())
                .isEqualTo("must be 1-1600 characters long (is 1601)");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
        Exchange exchange = send(TEXT, "😀".repeat(1600));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MessagingConstants.ENCODING)).isEqualTo("UCS2");
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Exchange exchange = send(MEDIA, "hi", MessagingConstants.MAX_PRICE, "5", MessagingConstants.TIME_TO_LIVE, 1,
                MessagingConstants.ORIGINATION_IDENTITY, "bad id");

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("MaxPrice", "TimeToLive", "OriginationIdentity", "MediaUrls");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void mediaNeedsAnOriginationIdentityAndTextNeedsARecipient() {
        Exchange media = send("messaging:sendMediaMessage?mediaUrl=s3://bucket-1/a.png", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        Exchange text = send("messaging:sendTextMessage", "hi");

        assertThat(media.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("OriginationIdentity", null, "is required for media messages"));
        assertThat(text.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("DestinationPhoneNumber", "0 item(s)", "must have between 1 and "
                                                                                       + Integer.MAX_VALUE + " item(s)"));
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void maxPartsRefusesALongerText() {
        Exchange exchange = send(TEXT + "&maxParts=1", "x".repeat(161));

        Violation violation = exchange.getException(MessagingValidationException.class).getViolations().get(0);
        assertThat(violation.field()).isEqualTo("MessageBody");
        assertThat(violation.rule()).isEqualTo("must fit in maxParts=1 SMS parts (needs 2 GSM7 parts)");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void stricterPhoneNumberChecksUseLibphonenumber() {
        Exchange possible = send(TEXT + "&phoneNumberCheck=possible", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+1206555");
        Exchange valid = send(TEXT + "&phoneNumberCheck=valid", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+19995550100");

        assertThat(possible.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("DestinationPhoneNumber", "+1206555",
                        "must be a possible phone number (libphonenumber isPossibleNumber)"));
        assertThat(valid.getException(MessagingValidationException.class).getViolations())
                .containsExactly(new Violation("DestinationPhoneNumber", "+19995550100",
                        "must be a valid phone number (libphonenumber isValidNumber)"));
        assertThat(sandbox.requests()).isEmpty();
    }
}
