package io.dossier.cli;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on the loopback address that answers every request with a style rule and a secret, and counts
 * the requests: a sandbox test asserts that hostile templates, style sheets and logos made none.
 */
final class CountingServer {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private CountingServer(String body) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** A started server answering {@code body} to every request. */
    static CountingServer start(String body) {
        return new CountingServer(body);
    }

    /** "http://127.0.0.1:PORT". */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    void stop() {
        server.stop(0);
    }
}
