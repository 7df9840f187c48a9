package io.camelmessaging.springboot.example;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Sends the body as an SMS through AWS ({@code direct:sms}) or Azure ({@code direct:azure-sms}). */
@Component
public class SmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:sms").to("messaging:sendTextMessage?originationIdentity=RAW(+12065550100)");
        from("direct:azure-sms").to("messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)");
    }
}
