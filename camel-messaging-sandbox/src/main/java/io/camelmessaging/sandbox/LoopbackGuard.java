package io.camelmessaging.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Keeps other web sites away from the sandbox's own pages. A page on any site can make the browser send requests to
 * 127.0.0.1 (cross-site requests), or read answers under the site's own name pointed at 127.0.0.1 (DNS rebinding).
 * So a request must name a loopback host in {@code Host} and, when it has one, in {@code Origin}; and a body must be
 * declared {@code application/json}, which browsers never send cross-site without asking first.
 */
final class LoopbackGuard {

    private static final String LOOPBACK = "(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?";
    private static final Pattern HOST = Pattern.compile(LOOPBACK, Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGIN = Pattern.compile("https?://" + LOOPBACK, Pattern.CASE_INSENSITIVE);
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private LoopbackGuard() {
    }

    /**
     * Answers a request that may come from another site with 403, and one whose body is not declared JSON with 415;
     * returns whether it answered.
     */
    static boolean refused(HttpCall call) throws IOException {
        String crossSite = crossSite(call);
        if (crossSite != null) {
            call.answer(403, "application/json", errorJson(crossSite), Map.of());
            return true;
        }
        if (!declaresJson(call)) {
            call.answer(415, "application/json", errorJson("Content-Type must be application/json"), Map.of());
            return true;
        }
        return false;
    }

    private static String errorJson(String message) {
        return JsonNodeFactory.instance.objectNode().put("error", message).toString();
    }

    /** Why the request may come from another site; null when it comes from this machine. */
    static String crossSite(HttpCall call) {
        List<String> host = call.headers().getOrDefault("host", List.of());
        if (host.size() != 1 || !HOST.matcher(host.get(0).strip()).matches()) {
            return "Host must be localhost, 127.0.0.1 or [::1], not " + host;
        }
        List<String> origin = call.headers().getOrDefault("origin", List.of());
        if (!origin.stream().allMatch(value -> ORIGIN.matcher(value.strip()).matches())) {
            return "Origin must be http(s) on localhost, 127.0.0.1 or [::1], not " + origin;
        }
        return null;
    }

    /** Whether a request that carries a body declares it JSON. */
    static boolean declaresJson(HttpCall call) {
        String type = call.header("content-type");
        return !WITH_BODY.contains(call.method())
               || type != null && type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
