package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.User;
import dev.spotrec.datasets.World;
import java.util.List;
import java.util.Map;

/** The HTML of the consent page, where the tester picks the world user to log in as. */
final class ConsentPage {
    private static final int LISTED_USERS = 100;

    private ConsentPage() {}

    static String render(
            AccountsRoutes.AuthRequest req, Map<String, List<String>> query, World world) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Log in to the Spotify emulator</title></head><body>")
                .append("<h1>Spotify emulator</h1><p><b>")
                .append(escape(req.client().id()))
                .append("</b> asks to act for a user of this world with the scopes: <code>")
                .append(escape(req.scopes().isEmpty() ? "(none)" : String.join(" ", req.scopes())))
                .append("</code></p><form method=\"post\" action=\"/authorize\">");
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!e.getValue().isEmpty()) {
                sb.append("<input type=\"hidden\" name=\"")
                        .append(escape(e.getKey()))
                        .append("\" value=\"")
                        .append(escape(e.getValue().getFirst()))
                        .append("\">");
            }
        }
        sb.append("<label for=\"user\">Log in as</label> <select id=\"user\" name=\"user\">");
        List<User> users = world.users();
        for (User u : users.subList(0, Math.min(LISTED_USERS, users.size()))) {
            sb.append("<option value=\"")
                    .append(escape(u.id()))
                    .append("\">")
                    .append(escape(u.displayName()))
                    .append(" (")
                    .append(escape(u.id()))
                    .append(")</option>");
        }
        sb.append("</select> <label for=\"user_id\">or user id</label> ")
                .append("<input id=\"user_id\" name=\"user_id\" size=\"24\"> ")
                .append(
                        "<button type=\"submit\" name=\"decision\" value=\"accept\">Agree</button> ")
                .append(
                        "<button type=\"submit\" name=\"decision\" value=\"cancel\">Cancel</button>")
                .append("</form></body></html>");
        return sb.toString();
    }

    static String error(String message) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title>"
                + "</head><body><h1>Oops! Something went wrong</h1><p id=\"error\">"
                + message
                + "</p></body></html>";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
