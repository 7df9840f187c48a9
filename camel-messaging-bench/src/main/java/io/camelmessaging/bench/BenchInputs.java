package io.camelmessaging.bench;

import java.util.Map;

import io.camelmessaging.component.MessagingConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultExchange;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

/**
 * The inputs the JMH microbenchmarks share: texts of each SMS kind, numbers in each form, and the exchange a route
 * typically sends a text message with.
 */
public final class BenchInputs {

    /** The sender, an E.164 number. */
    public static final String FROM = "+12065550100";
    /** The recipient in E.164. */
    public static final String TO = "+12065550123";
    /** The recipient in US national format. */
    public static final String TO_NATIONAL = "(206) 555-0123";
    /** An alphanumeric sender id, which libphonenumber cannot read. */
    public static final String SENDER_ID = "MyBrand";
    /** A one-part GSM-7 text of 59 septets. */
    public static final String GSM7 = "Your verification code is 123456. It expires in 10 minutes.";
    /** A one-part UCS-2 text of 46 code units, with two emoji. */
    public static final String UCS2_EMOJI = "Votre colis 📦 arrive demain entre 9h et 12h ✅";
    /** A three-part GSM-7 text of 443 septets. */
    public static final String GSM7_THREE_PARTS = "Dear customer, your order A-1234 has been shipped and is on its "
                                                  + "way. The courier will deliver it tomorrow between 9:00 and "
                                                  + "12:00. If nobody is at home, the parcel will be left at the "
                                                  + "nearest pick-up point and you will receive a text with its "
                                                  + "address and opening hours. To change the delivery date or "
                                                  + "address, reply CHANGE or call us at 0800 123 456 (free, "
                                                  + "8:00-20:00, Monday to Saturday). Thank you for shopping with "
                                                  + "us! Reply STOP to opt out.";
    /** The endpoint's configuration set. */
    public static final String CONFIGURATION_SET = "bench-configuration-set";
    /** The context a route attaches for delivery events. */
    public static final Map<String, String> CONTEXT = Map.of("orderId", "A-1234");

    private BenchInputs() {
    }

    /** The text of a benchmark parameter: {@code gsm7}, {@code ucs2Emoji} or {@code gsm7ThreeParts}. */
    public static String text(String name) {
        return switch (name) {
            case "gsm7" -> GSM7;
            case "ucs2Emoji" -> UCS2_EMOJI;
            case "gsm7ThreeParts" -> GSM7_THREE_PARTS;
            default -> throw new IllegalArgumentException("No such text: " + name);
        };
    }

    /**
     * A new exchange as a route typically sends a text: the GSM-7 body, the recipient, a context for delivery events
     * and two headers of the route's own that the component does not read.
     */
    public static Exchange textExchange(CamelContext camel) {
        Exchange exchange = new DefaultExchange(camel);
        Message message = exchange.getMessage();
        message.setBody(GSM7);
        message.setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, TO);
        message.setHeader(MessagingConstants.CONTEXT, CONTEXT);
        message.setHeader("orderId", "A-1234");
        message.setHeader("customerId", "C-98765");
        return exchange;
    }

    /**
     * A new exchange that overrides none of the endpoint's options, as the load harness sends it: the GSM-7 body and
     * the recipient.
     */
    public static Exchange recipientOnlyExchange(CamelContext camel) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(GSM7);
        exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, TO);
        return exchange;
    }

    /** The request the typical endpoint and exchange make, built with the SDK's builder alone: the raw SDK baseline. */
    public static SendTextMessageRequest sdkTextRequest() {
        return SendTextMessageRequest.builder()
                .destinationPhoneNumber(TO)
                .originationIdentity(FROM)
                .messageBody(GSM7)
                .messageType("TRANSACTIONAL")
                .configurationSetName(CONFIGURATION_SET)
                .context(CONTEXT)
                .build();
    }
}
