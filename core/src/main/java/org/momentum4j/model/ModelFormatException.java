package org.momentum4j.model;

/**
 * A model or checkpoint file that cannot be loaded: not JSON, not this format, a version this library does
 * not know, a checksum that does not match, or contents that are inconsistent. The message is the one line
 * a user should see: {@code file: problem}, with {@code line:column} in the file where the JSON parser
 * found the problem. Nothing of such a file is ever used.
 */
public class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public ModelFormatException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The problem, without the file name. */
    public String problem() {
        return problem;
    }
}
