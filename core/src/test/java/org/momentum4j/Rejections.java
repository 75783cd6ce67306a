package org.momentum4j;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Test helper: asserts that bad input is refused with a message a user can act on. */
public final class Rejections {
    private Rejections() {
    }

    /**
     * Asserts that {@code action} throws an {@link IllegalArgumentException} whose message contains every
     * fragment (the setting's name, its allowed range, the offending value), and returns it.
     */
    public static IllegalArgumentException assertRejected(Executable action, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String fragment : fragments) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(fragment),
                    () -> "message '" + e.getMessage() + "' should mention '" + fragment + "'");
        }
        return e;
    }
}
