package io.camelmessaging.sandbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTML outbox a person watches while a demo runs: messages grouped by recipient, newest first, each with its
 * latest delivery status, refreshed every two seconds. Every value is HTML-escaped; the page loads nothing from outside.
 */
final class OutboxPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;background:#f6f7f9;color:#222}"
                                        + "h1{font-size:1.4em}section{background:#fff;border-radius:8px;"
                                        + "padding:.8em 1.2em;margin:1em 0;box-shadow:0 1px 3px #0002}"
                                        + "h2{font-size:1.1em;margin:.2em 0 .6em}.msg{border-left:4px solid #3b82f6;"
                                        + "padding:.3em .8em;margin:.5em 0}.meta{color:#666;font-size:.85em}"
                                        + ".text{white-space:pre-wrap;margin:.2em 0}.badge{background:#f59e0b;"
                                        + "color:#fff;border-radius:4px;padding:0 .4em;font-size:.8em}"
                                        + ".media{font-family:monospace;font-size:.9em}.status{background:#16a34a;"
                                        + "color:#fff;border-radius:4px;padding:0 .4em;font-size:.8em}";

    private OutboxPage() {
    }

    /** The page; {@code statusOf} gives a message id's latest delivery status, or null. */
    static String render(List<RecordedMessage> messages, Function<String, String> statusOf) {
        Map<String, List<RecordedMessage>> byRecipient = new LinkedHashMap<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            RecordedMessage m = messages.get(i);
            byRecipient.computeIfAbsent(m.to(), to -> new ArrayList<>()).add(m);
        }
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\">")
                .append("<title>Sandbox outbox</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>Sandbox outbox: ").append(messages.size()).append(" message(s), ")
                .append(byRecipient.size()).append(" recipient(s)</h1>");
        if (messages.isEmpty()) {
            html.append("<p>No messages yet. This page refreshes every 2 seconds.</p>");
        }
        byRecipient.forEach((to, received) -> {
            html.append("<section><h2>").append(escape(to)).append("</h2>");
            for (RecordedMessage m : received) {
                html.append("<div class=\"msg\"><div class=\"meta\">").append(TIME.format(m.receivedAt()))
                        .append(" UTC &middot; ").append(escape(m.operation())).append(" &middot; ")
                        .append(escape(m.channel())).append(" &middot; from ")
                        .append(escape(m.from() == null ? "(default)" : m.from())).append(" &middot; id ")
                        .append(escape(m.messageId()));
                String status = statusOf.apply(m.messageId());
                if (status != null) {
                    html.append(" <span class=\"status\">").append(escape(status)).append("</span>");
                }
                if (m.dryRun()) {
                    html.append(" <span class=\"badge\">dry run</span>");
                }
                html.append("</div>");
                if (m.title() != null) {
                    html.append("<div class=\"text\"><b>").append(escape(m.title())).append("</b></div>");
                }
                html.append("<div class=\"text\">").append(escape(m.body() == null ? "" : m.body())).append("</div>");
                m.mediaUrls().forEach(url -> html.append(media(url)));
                html.append("</div>");
            }
            html.append("</section>");
        });
        return html.append("</body></html>").toString();
    }

    /** An MMS image inline, another attachment by its content type and size, a media URL as text. */
    private static String media(String url) {
        if (url.startsWith("data:image/")) {
            return "<div class=\"media\"><img alt=\"MMS image\" style=\"max-width:240px;max-height:240px\" src=\""
                   + escape(url) + "\"></div>";
        }
        if (url.startsWith("data:")) {
            int comma = url.indexOf(',');
            String type = url.substring(5, url.indexOf(';') > 0 ? url.indexOf(';') : comma);
            return "<div class=\"media\">&#128206; " + escape(type) + " attachment, "
                   + (url.length() - comma - 1) * 3 / 4 + " bytes</div>";
        }
        return "<div class=\"media\">&#128206; " + escape(url) + "</div>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
