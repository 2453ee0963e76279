package io.dossier;

/**
 * The user gave us something we cannot work with (missing file, empty article, broken
 * template...). The command line prints the message as one line and exits with status 2,
 * so the message must say what is wrong and, where it helps, what to do.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
