package io.dossier.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One article's turn in a batch, which either its worker or its deadline settles, never both.
 * The worker takes the outcome ({@link #take}) before it writes anything or reports a failure;
 * the deadline gives the article up ({@link #giveUp}) only while the worker has not taken it.
 * So a given-up article never writes a file, and a file being written is never cut short
 * (writing is milliseconds; the deadline is for the minutes of analysis and layout).
 * <p>
 * A given-up worker is abandoned, not stopped: Java has no safe way to stop a thread in the
 * middle of a library's work, and interrupting one that is reading a file can close the file
 * under a class being initialised. It stops at its next {@link #checkpoint} (between reading,
 * analysis and layout) and meanwhile holds a thread and its memory, not the batch.
 */
final class Attempt {

    private enum State { RUNNING, TAKEN, GIVEN_UP }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

    /** The worker's claim on the outcome: false when the deadline has given the article up. */
    boolean take() {
        return state.compareAndSet(State.RUNNING, State.TAKEN) || state.get() == State.TAKEN;
    }

    /** The deadline's claim: false when the worker has already taken the outcome. */
    boolean giveUp() {
        return state.compareAndSet(State.RUNNING, State.GIVEN_UP);
    }

    boolean givenUp() {
        return state.get() == State.GIVEN_UP;
    }

    /** Between stages: a given-up worker stops here. */
    void checkpoint() {
        if (givenUp()) throw new CancellationException("given up at the deadline");
    }
}
