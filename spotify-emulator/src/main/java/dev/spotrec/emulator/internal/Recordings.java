package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.RecordedRequest;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a served request into a {@link RecordedRequest} with every secret masked. */
final class Recordings {
    private static final Set<String> SECRET_FIELDS =
            Set.of("client_secret", "code", "code_verifier", "refresh_token", "access_token");

    private Recordings() {}

    static RecordedRequest of(
            Context ctx,
            long seq,
            Instant received,
            int status,
            String fault,
            String clientId,
            String userId) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), mask(k, v)));
        Map<String, List<String>> query = new LinkedHashMap<>(ctx.queryParamMap());
        String body = "";
        String contentType = ctx.contentType();
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            body = maskForm(ctx.body());
        } else if (!"GET".equals(ctx.method().name())) {
            body = ctx.body();
        }
        return new RecordedRequest(
                seq,
                ctx.method().name(),
                ctx.path(),
                query,
                headers,
                body,
                status,
                fault,
                clientId,
                userId,
                received);
    }

    private static String mask(String header, String value) {
        if (header.equalsIgnoreCase("authorization") && value != null) {
            int space = value.indexOf(' ');
            return (space < 0 ? "" : value.substring(0, space + 1)) + "***";
        }
        return value;
    }

    static String maskForm(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key =
                    URLDecoder.decode(
                            eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(key, StandardCharsets.UTF_8));
            if (eq >= 0) {
                sb.append('=').append(SECRET_FIELDS.contains(key) ? "***" : pair.substring(eq + 1));
            }
        }
        return sb.toString();
    }
}
