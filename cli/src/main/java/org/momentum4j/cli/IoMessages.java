package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words for an I/O failure that a user can act on. Java's own messages are often just the path
 * ({@code NoSuchFileException: /x/y}), which says nothing about what went wrong.
 */
final class IoMessages {
    private IoMessages() {
    }

    /** What went wrong, e.g. {@code no such file or directory: /x/y} or {@code permission denied: /x}. */
    static String describe(IOException e) {
        String what = e instanceof NoSuchFileException ? "no such file or directory"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a directory"
                : e instanceof FileAlreadyExistsException ? "already exists"
                : e instanceof DirectoryNotEmptyException ? "directory not empty"
                : null;
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            String where = f.getFile() == null ? "" : ": " + f.getFile();
            return (what != null ? what : reason != null ? reason : "I/O error") + where;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
