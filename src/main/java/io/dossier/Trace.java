package io.dossier;

/**
 * Start-up trace for tuning a one-shot run: with {@code DOSSIER_TRACE} set in the environment,
 * each mark prints the milliseconds since the JVM started, the thread and the stage to stderr.
 * Off, a mark costs one field read.
 */
public final class Trace {

    private static final boolean ON = System.getenv("DOSSIER_TRACE") != null;
    private static final long START = ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private Trace() {
    }

    public static void mark(String stage) {
        if (ON) {
            System.err.println("trace: " + (System.currentTimeMillis() - START) + " ms " + Thread.currentThread().getName()
                    + ": " + stage);
        }
    }
}
