package io.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Reads a stream to its end, refusing it as soon as it passes a size: a FIFO or a server may never stop. */
final class BoundedRead {

    private BoundedRead() {
    }

    static byte[] all(InputStream in, long maxBytes, Supplier<? extends RuntimeException> tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) throw tooLarge.get();
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
