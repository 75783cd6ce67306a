package org.momentum4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * A self-contained HTML page: headings, paragraphs, tables and images, the images inlined as base64
 * PNG so the one file can be mailed or archived. Every piece of text is escaped.
 */
public final class HtmlReport {
    private final String title;
    private final StringBuilder body = new StringBuilder();

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A block of monospaced text, such as a command line. */
    public HtmlReport code(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** The table, numbers right-aligned as in the terminal. */
    public HtmlReport table(TextTable table) {
        body.append("<table>\n<thead><tr>");
        for (TextTable.Column c : table.columns()) {
            body.append(c.align() == TextTable.Align.RIGHT ? "<th class=\"num\">" : "<th>")
                    .append(escape(c.header())).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                boolean number = table.columns().get(i).align() == TextTable.Align.RIGHT;
                body.append(number ? "<td class=\"num\">" : "<td>").append(escape(row.get(i))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /** Name/value pairs, e.g. settings and provenance, in the map's order. */
    public HtmlReport definitions(Map<String, String> entries) {
        body.append("<dl>\n");
        entries.forEach((k, v) -> body.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v))
                .append("</dd>\n"));
        body.append("</dl>\n");
        return this;
    }

    /** An inline PNG image with its alternative text. */
    public HtmlReport image(String alt, byte[] png) {
        body.append("<figure><img alt=\"").append(escape(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(escape(alt))
                .append("</figcaption></figure>\n");
        return this;
    }

    /** The whole page. */
    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n"
                + "body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}\n"
                + "table{border-collapse:collapse;margin:1em 0;font-size:14px}\n"
                + "th,td{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left;white-space:nowrap}\n"
                + "th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
                + "img{max-width:100%}\nfigure{margin:1em 0}\nfigcaption{color:#666;font-size:13px}\n"
                + "dt{font-weight:bold;float:left;clear:left;width:12em}\ndd{margin-left:13em}\n"
                + "pre{background:#f4f4f4;padding:.5em;overflow-x:auto}\n"
                + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, html());
    }

    /** Escapes the five characters that matter in HTML text and attributes. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
