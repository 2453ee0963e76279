package io.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's progress: on a terminal a bar on stderr, redrawn in place; otherwise one plain line
 * per article on stdout ({@code [12/200] ok  a.txt → out/a.pdf}). Failures always go to stderr
 * as one line {@code dossier: FILE: reason}; the summary closes the run on stderr. File names
 * are printed escaped ({@link Term#escape}).
 */
final class BatchProgress {

    final Term term;
    final int total;
    final AtomicInteger made = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger kept = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    /** Every dossier reported made, so that the summary can count what is really on disk. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private boolean barShown;

    BatchProgress(Term term, int total) {
        this.term = term;
        this.total = total;
        if (bar()) draw();
    }

    private boolean bar() {
        return term.terminal && !term.quiet;
    }

    synchronized void ok(BatchCommand.Job job, long nanos) {
        made.incrementAndGet();
        written.add(job.target());
        int n = finished.incrementAndGet();
        line(n, term.green("ok  "), job.input() + " → " + job.target()
                + (term.verbose ? String.format(Locale.ROOT, " (%.1f s)", nanos / 1e9) : ""), false);
    }

    synchronized void kept(BatchCommand.Job job) {
        kept.incrementAndGet();
        int n = finished.incrementAndGet();
        line(n, "kept", job.target() + " exists (--no-clobber)", false);
    }

    /** One line on stderr, the reason; {@code e} (may be null) is shown with --debug. */
    synchronized void failed(BatchCommand.Job job, String message, Throwable e) {
        failed.incrementAndGet();
        int n = finished.incrementAndGet();
        clearBar();
        if (term.debug && e != null) e.printStackTrace(term.err);
        term.err.println(Term.line(message));
        term.err.flush();
        line(n, term.red("FAIL"), job.input().toString(), true);
    }

    synchronized void warning(String w) {
        if (term.quiet) return;
        clearBar();
        term.err.println(Term.line(w));
        term.err.flush();
        if (bar()) draw();
    }

    private void line(int n, String status, String what, boolean failure) {
        if (closed) return;
        if (bar()) {
            if (term.verbose && !failure) {
                clearBar();
                term.err.println("  " + status + " " + Term.escape(what));
            }
            draw();
        } else if (!term.quiet) {
            term.out.println("[" + n + "/" + total + "] " + status + " " + Term.escape(what));
            term.out.flush();
        }
    }

    private void draw() {
        int n = finished.get();
        int width = 30;
        int filled = total == 0 ? width : n * width / total;
        String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
        term.err.print("\r[" + bar + "] " + n + "/" + total + "  made " + made.get()
                + (failed.get() > 0 ? "  " + term.red("failed " + failed.get()) : "") + "\u001B[K");
        term.err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            term.err.print("\r\u001B[K");
            barShown = false;
        }
    }

    /** The summary, with "made" counted on disk: a dossier is made when its file is there at the end. */
    synchronized void done(double seconds) {
        if (closed) return;
        closed = true;
        clearBar();
        made.set((int) written.stream().filter(Files::isRegularFile).count());
        if (term.quiet) return;
        term.err.println(summary(seconds));
        term.err.flush();
    }

    String summary(double seconds) {
        return String.format(Locale.ROOT, "made %d, failed %d%s in %.1f s", made.get(), failed.get(),
                kept.get() > 0 ? ", kept " + kept.get() : "", seconds);
    }

    /** From the shutdown hook on Ctrl-C or a kill: say where the batch stopped. */
    void interrupted(double seconds) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            clearBar();
            term.err.println("dossier: interrupted: " + summary(seconds) + "; " + (total - finished.get())
                    + " not made; no partial files left");
            term.err.flush();
        }
    }
}
