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
        err.println("dossier: " + message);
        err.flush();
    }

    /** {@code dossier: FILE: warning: ...} — hidden by --quiet. */
    synchronized void warning(String message) {
        if (quiet) return;
        err.println("dossier: " + message);
        err.flush();
    }

    /** Chatter for --verbose only. */
    synchronized void verbose(String message) {
        if (!verbose) return;
        err.println("dossier: " + message);
        err.flush();
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
