package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redaction and escaping of every string that reaches the page. */
class HtmlTest {
    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(Html.text("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void hidesPasswordsTokensAndSecrets() {
        assertThat(Html.redact("jdbc:postgresql://h/db?user=ann&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=ann&password=[hidden]&ssl=true");
        assertThat(Html.redact("https://ann:pa55@host/x")).isEqualTo("https://ann:[hidden]@host/x");
        assertThat(Html.redact("Authorization: Bearer BQD.abc-123")).doesNotContain("BQD.abc-123");
        assertThat(Html.redact("{\"access_token\":\"tok\",\"refresh_token\": \"r\"}"))
                .doesNotContain("tok\"", "\"r\"");
        assertThat(Html.redact("client_secret=s3 code=xyz")).doesNotContain("s3", "xyz");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text =
                "ndcg@10 0.3601 [0.2648, 0.4537], k=200, similarity=cosine, tokens: 5,"
                        + " title.perToken=50, barcode=1";
        assertThat(Html.redact(text)).isEqualTo(text);
    }
}
