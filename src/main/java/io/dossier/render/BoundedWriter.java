package io.dossier.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The filled document, refused once it grows past a limit: a template's loop can print
 * gigabytes long before a deadline would stop it.
 */
final class BoundedWriter extends Writer {

    /** Thrown (as an IOException, which FreeMarker passes on untouched) when the limit is hit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the filled document is larger than " + limit / (1024 * 1024) + " MB");
        }
    }

    private final StringWriter out;
    private final long limit;

    BoundedWriter(int initialCapacity, long limit) {
        this.out = new StringWriter(initialCapacity);
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        check(len);
        out.write(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        check(len);
        out.write(s, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        check(1);
        out.write(c);
    }

    private void check(int more) throws TooLarge {
        if ((long) out.getBuffer().length() + more > limit) throw new TooLarge(limit);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
