package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.momentum4j.cli.report.TextTable.Column;

class TextTableTest {

    @Test
    void textIsLeftAlignedAndNumbersRightAligned() {
        String text = new TextTable(Column.text("setting"), Column.number("loss"), Column.number("acc"))
                .row("sgd lr=0.05", "0.06838", "96.7%")
                .row("article lr=0.05 momentum=0.75", "0.1", "100.0%")
                .render();
        // Widths: setting 29 ("article lr=0.05 momentum=0.75"), loss 7, acc 6; two spaces between columns.
        assertEquals(""
                + "setting                           loss     acc\n"
                + "-----------------------------  -------  ------\n"
                + "sgd lr=0.05                    0.06838   96.7%\n"
                + "article lr=0.05 momentum=0.75      0.1  100.0%\n", text);
    }

    @Test
    void linesCarryNoTrailingSpaces() {
        String text = new TextTable(Column.number("n"), Column.text("note")).row("1", "").row("22", "x").render();
        for (String line : text.split("\n")) {
            assertEquals(line.stripTrailing(), line);
        }
        assertEquals(" 1\n", text.split("(?<=\n)")[2]);
    }

    @Test
    void aRowMustFitTheColumns() {
        TextTable t = new TextTable(Column.text("a"), Column.text("b"));
        assertEquals("a row of this table needs 2 cells, got 1",
                assertThrows(IllegalArgumentException.class, () -> t.row("x")).getMessage());
    }
}
