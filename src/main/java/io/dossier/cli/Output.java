package io.dossier.cli;

import io.dossier.BadInputException;

import java.io.IOException;
import java.nio.file.Path;

/** Writing a command's result: to a file atomically, or to standard output for {@code -o -}. */
final class Output {

    private Output() {
    }

    static boolean isStdout(String option) {
        return "-".equals(option);
    }

    /** Writes a result and tells the user where it went (stdout: the path; stderr: kept files). */
    static void write(Main main, String option, Path target, byte[] bytes, boolean noClobber) {
        if (isStdout(option)) {
            if (main.term.terminal) {
                throw new BadInputException("-o -: standard output is a terminal; redirect it to a file or a pipe");
            }
            try {
                main.stdout.write(bytes);
                main.stdout.flush();
            } catch (IOException e) {
                throw new BadInputException("stdout: cannot write (" + e.getMessage() + ")", e);
            }
            return;
        }
        if (AtomicFile.write(target, bytes, noClobber) == AtomicFile.Outcome.KEPT) {
            main.term.warning(target + ": exists; kept it (--no-clobber)");
            return;
        }
        main.term.out.println(Term.escape(target.toString()));
        main.term.out.flush();
    }
}
