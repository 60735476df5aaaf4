package dev.spotrec.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of {@code src/main/jte}, compiled to Java at build time (package {@code
 * dev.spotrec.app.web.jte}), so the server needs no compiler and renders without warm-up. Output is
 * HTML-escaped by jte.
 */
final class Templates {
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(
                    null,
                    ContentType.Html,
                    Templates.class.getClassLoader(),
                    "dev.spotrec.app.web.jte");

    /** {@return the page {@code name} (without {@code .jte}) rendered with {@code params}} */
    String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(name + ".jte", params, out);
        return out.toString();
    }
}
