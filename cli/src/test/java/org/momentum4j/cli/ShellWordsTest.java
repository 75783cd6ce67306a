package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words a POSIX shell reads back as given: plain ones bare, the rest single-quoted. */
class ShellWordsTest {
    @Test
    void quotesOnlyWhatTheShellWouldSplitOrExpand() {
        assertEquals("--data", ShellWords.quote("--data"));
        assertEquals("uniform:-0.01:0.01", ShellWords.quote("uniform:-0.01:0.01"));
        assertEquals("'my data.csv'", ShellWords.quote("my data.csv"));
        assertEquals("'$HOME'", ShellWords.quote("$HOME"));
        assertEquals("'it'\\''s'", ShellWords.quote("it's"), "close, escaped quote, reopen");
        assertEquals("''", ShellWords.quote(""));
        assertEquals("m4j train --data 'a b.csv'", ShellWords.join(List.of("m4j", "train", "--data", "a b.csv")));
    }
}
