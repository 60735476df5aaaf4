package dev.spotrec.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser for the ITs: a cookie jar, redirects followed, and every response kept so that
 * tests can search all that the server ever sent (bodies and headers) for secrets.
 */
final class TestBrowser {
    private static final Pattern INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient http;
    final List<HttpResponse<String>> seen = new ArrayList<>();

    TestBrowser(boolean follow) {
        http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(
                                follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                        .build();
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build());
    }

    HttpResponse<String> postJson(String url, String json, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> p = r; p != null; p = p.previousResponse().orElse(null)) {
            seen.add(p);
        }
        return r;
    }

    /**
     * Logs in through the web app: {@code /login} redirects to the emulator's consent page, whose
     * form we submit as {@code userId}; the emulator redirects to {@code /callback}.
     *
     * @return the page the login ends on
     */
    HttpResponse<String> login(String webUrl, String userId)
            throws IOException, InterruptedException {
        HttpResponse<String> consent = get(webUrl + "/login");
        if (!consent.body().contains("action=\"/authorize\"")) {
            throw new AssertionError("no consent page: " + consent.statusCode() + consent.body());
        }
        Map<String, String> form = hiddenInputs(consent.body());
        form.put("user_id", userId);
        form.put("decision", "accept");
        URI action = consent.uri().resolve("/authorize");
        return postForm(action.toString(), form);
    }

    /** {@return a new cookie-keeping browser logged in as {@code userId}, or an AssertionError} */
    static TestBrowser loggedIn(String webUrl, String userId)
            throws IOException, InterruptedException {
        TestBrowser b = new TestBrowser(true);
        HttpResponse<String> end = b.login(webUrl, userId);
        if (end.statusCode() != 200) {
            throw new AssertionError("login of " + userId + " ended in " + end.statusCode());
        }
        return b;
    }

    static Map<String, String> hiddenInputs(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            form.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return form;
    }

    /** {@return the CSRF token of the first form on the page} */
    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no csrf field in " + html);
        }
        return m.group(1);
    }

    /** {@return everything the server sent: status lines, headers and bodies} */
    String transcript() {
        StringBuilder sb = new StringBuilder();
        for (HttpResponse<String> r : seen) {
            sb.append(r.statusCode()).append(' ').append(r.uri()).append('\n');
            r.headers().map().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
            sb.append(r.body()).append("\n\n");
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String encode(Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
