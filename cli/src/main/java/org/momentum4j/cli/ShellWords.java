package org.momentum4j.cli;

import java.util.List;
import java.util.regex.Pattern;

/** Command lines as a person pastes them into a POSIX shell: words quoted only where the shell needs it. */
final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_+,.:/=@%^-]+");

    private ShellWords() {
    }

    /** {@code word} as it must be typed: unchanged when plain, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words joined by spaces, each quoted as needed. */
    static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(quote(w));
        }
        return sb.toString();
    }
}
