package dev.spotrec.app.report;

import java.util.List;

/**
 * The HTML page being written: sections, paragraphs, tables and figures. Every method takes plain
 * text and escapes it ({@link Html#text}); only {@link #strong} builds markup around escaped text.
 */
final class Page {
    private final StringBuilder body = new StringBuilder(16_384);
    private final StringBuilder toc = new StringBuilder();

    /** Opens a section with an anchor and a heading, and lists it in the contents. */
    Page section(String id, String title) {
        if (body.length() > 0) {
            body.append("</section>\n");
        }
        body.append("<section id=\"").append(Html.escape(id)).append("\">\n<h2>");
        body.append(Html.text(title)).append("</h2>\n");
        toc.append("<li><a href=\"#").append(Html.escape(id)).append("\">");
        toc.append(Html.text(title)).append("</a></li>");
        return this;
    }

    Page h3(String title) {
        body.append("<h3>").append(Html.text(title)).append("</h3>\n");
        return this;
    }

    Page p(String text) {
        body.append("<p>").append(Html.text(text)).append("</p>\n");
        return this;
    }

    /** A paragraph of pre-built, already escaped HTML (see {@link #strong}). */
    Page pHtml(String escapedHtml) {
        body.append("<p>").append(escapedHtml).append("</p>\n");
        return this;
    }

    /** Says plainly that a part of the report has no data, and how to get it. */
    Page missing(String text) {
        body.append("<p class=\"missing\">").append(Html.text(text)).append("</p>\n");
        return this;
    }

    /** A table; the first column is a row header. */
    Page table(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<thead><tr>");
        for (String h : headers) {
            body.append("<th>").append(Html.text(h)).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th" : "td";
                body.append('<').append(tag).append('>').append(Html.text(row.get(i)));
                body.append("</").append(tag).append('>');
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /** A chart image written beside the page. */
    Page figure(String file, String caption) {
        body.append("<figure><img src=\"").append(Html.escape(file)).append("\" alt=\"");
        body.append(Html.text(caption)).append("\"><figcaption>").append(Html.text(caption));
        body.append("</figcaption></figure>\n");
        return this;
    }

    /** {@code <strong>} around escaped text, for {@link #pHtml}. */
    static String strong(String text) {
        return "<strong>" + Html.text(text) + "</strong>";
    }

    /** The whole document. */
    String render(String title, String generated) {
        StringBuilder out = new StringBuilder(body.length() + 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(Html.text(title)).append("</title>\n<style>\n");
        out.append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>");
        out.append(Html.text(title)).append("</h1>\n<p class=\"meta\">");
        out.append(Html.text(generated)).append("</p>\n<nav><ol>").append(toc);
        out.append("</ol></nav>\n").append(body);
        if (body.length() > 0) {
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static final String STYLE =
            """
            body{font-family:system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
            main{max-width:60rem;margin:auto;padding:1rem 2rem}
            h1{margin-bottom:0}.meta{color:#666;margin-top:.2rem}
            nav ol{columns:2;padding-left:1.2rem}
            section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1.2rem;
            margin:1rem 0}
            table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
            th,td{border-bottom:1px solid #e5e5e5;padding:.25rem .6rem;text-align:right}
            thead th{border-bottom:2px solid #999}tbody th,thead th:first-child{text-align:left}
            figure{margin:.5rem 0}img{max-width:100%;height:auto}figcaption{color:#555}
            .missing{color:#8a5a00;background:#fff6e0;padding:.4rem .6rem;border-radius:4px}
            #summary p{font-size:1.08rem;line-height:1.5}
            """;
}
