package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum4j.cli.report.TextTable.Column;

class HtmlReportTest {

    @Test
    void escapesEveryPieceOfText() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", HtmlReport.escape("<b> & \"x\" 'y'"));
        String html = new HtmlReport("a <title>").paragraph("1 < 2").definitions(Map.of("k<", "v>")).html();
        assertTrue(html.contains("<title>a &lt;title&gt;</title>"));
        assertTrue(html.contains("<p>1 &lt; 2</p>"));
        assertTrue(html.contains("<dt>k&lt;</dt><dd>v&gt;</dd>"));
    }

    @Test
    void tablesKeepTheirAlignment() {
        String html = new HtmlReport("t").table(new TextTable(Column.text("setting"), Column.number("loss"))
                .row("sgd lr=0.05", "0.1")).html();
        assertTrue(html.contains("<th>setting</th><th class=\"num\">loss</th>"));
        assertTrue(html.contains("<td>sgd lr=0.05</td><td class=\"num\">0.1</td>"));
    }
}
