package org.momentum4j.cli;

/**
 * A mistake in what the user typed (a bad flag value, a missing file, settings that do not fit together).
 * {@link M4j} prints its message as one line, {@code m4j train: <message>}, plus a hint, and exits with 2.
 * It carries no stack trace: the message is all the user needs.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }

    /** A message that starts with the flag it is about, e.g. {@code --lr: learning rate must be > 0, got -1}. */
    static UsageException about(String flag, String message) {
        return new UsageException(flag + ": " + message);
    }

    /** A core constructor rejected a value; its message already names the setting, range and value. */
    static UsageException about(String flag, IllegalArgumentException rejected) {
        return about(flag, rejected.getMessage());
    }
}
