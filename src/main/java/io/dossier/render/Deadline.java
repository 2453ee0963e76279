package io.dossier.render;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the current thread when a piece of work outlives its time. FreeMarker's loops and
 * macro calls check the interrupt flag (see {@link TemplateEngine}), so a runaway template ends
 * with an exception instead of running for hours. Use in try-with-resources; closing clears
 * an interrupt that arrived too late to matter.
 */
final class Deadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dossier-deadline");
        t.setDaemon(true);
        return t;
    });

    private final Thread worker = Thread.currentThread();
    private final ScheduledFuture<?> alarm;
    private boolean done;
    private boolean fired;

    Deadline(long millis) {
        alarm = TIMER.schedule(this::fire, millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void fire() {
        if (!done) {
            fired = true;
            worker.interrupt();
        }
    }

    synchronized boolean expired() {
        return fired;
    }

    @Override
    public void close() {
        alarm.cancel(false);
        synchronized (this) {
            done = true;
        }
        if (fired) Thread.interrupted(); // the flag was ours, not the caller's
    }
}
