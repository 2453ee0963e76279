package io.dossier.cli;

import java.io.PrintWriter;

/**
 * How the command line talks: results on stdout, everything for a human (errors, warnings,
 * progress, summaries) on stderr as lines starting {@code dossier: }. Colour only on a
 * terminal and never when {@code NO_COLOR} is set (no-color.org).
 */
final class Term {

    final PrintWriter out;
    final PrintWriter err;
    final boolean terminal;
    final boolean color;
    volatile boolean quiet;
    volatile boolean verbose;
    volatile boolean debug;

    Term(PrintWriter out, PrintWriter err, boolean terminal, boolean color) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.color = color;
    }

    static boolean colorAllowed() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }

    /** {@code dossier: FILE: reason} — always shown, even with --quiet. */
    synchronized void error(String message) {
        err.println(line(message));
        err.flush();
    }

    /** {@code dossier: FILE: warning: ...} — hidden by --quiet. */
    synchronized void warning(String message) {
        if (quiet) return;
        err.println(line(message));
        err.flush();
    }

    /** Chatter for --verbose only. */
    synchronized void verbose(String message) {
        if (!verbose) return;
        err.println(line(message));
        err.flush();
    }

    /** One message as the one line the user sees: {@code dossier: } and the message, escaped. */
    static String line(String message) {
        return "dossier: " + escape(message);
    }

    /**
     * A message or file name made safe to print as part of one line: a file may be called
     * "a\nb.txt" or carry an escape sequence that would recolour or rewrite the terminal, so
     * control characters (C0, DEL, C1) and the invisible bidirectional overrides are shown as
     * escapes instead: {@code \n}, {@code \t}, {@code \r}, {@code \x1b} for ESC, and the
     * code point in hex for the others (RIGHT-TO-LEFT OVERRIDE shows as backslash, u, 202e).
     * Messages are built as one line, so a line break in one can only come from a name.
     */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = escapeOf(c);
            if (e == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            b.append(e);
        }
        return b == null ? s : b.toString();
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                if (c < 0x20 || c == 0x7F) yield String.format("\\x%02x", (int) c);
                // C1 controls (0x9b is a one-byte CSI on some terminals) and the bidi embeddings, overrides, isolates
                if (c >= 0x80 && c < 0xA0 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                    yield String.format("\\u%04x", (int) c);
                }
                yield null;
            }
        };
    }

    /**
     * Turns the reader's warning "FILE: not valid UTF-8; read as Windows-1252" into
     * "FILE: warning: not valid UTF-8; read as Windows-1252".
     */
    static String asWarning(String name, String readerWarning) {
        String prefix = name + ": ";
        if (readerWarning.startsWith(prefix)) return prefix + "warning: " + readerWarning.substring(prefix.length());
        return name + ": warning: " + readerWarning;
    }

    String green(String s) {
        return color ? "\u001B[32m" + s + "\u001B[0m" : s;
    }

    String red(String s) {
        return color ? "\u001B[31m" + s + "\u001B[0m" : s;
    }

    String bold(String s) {
        return color ? "\u001B[1m" + s + "\u001B[0m" : s;
    }
}
