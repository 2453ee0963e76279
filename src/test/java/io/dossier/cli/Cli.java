package io.dossier.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the command line in-process and keeps what it printed (also used by the hostile-input suite). */
public record Cli(int status, String out, String err, byte[] stdout) {

    public static Cli run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    public static Cli runWithStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin), bin, false);
        return new Cli(status, out.toString(), err.toString(), bin.toByteArray());
    }

    /** stderr split at line ends only: a name's escaped "\n" is not a line end. */
    public List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
