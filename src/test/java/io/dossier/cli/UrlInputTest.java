package io.dossier.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** build and analyze with a web address, served from a loopback JDK HttpServer. */
class UrlInputTest {

    private static final String PAGE = "<!doctype html><html lang='en'><head><title>Talks resume in Cairo | Example News</title>"
            + "<meta property='article:published_time' content='2024-10-09T08:00:00Z'></head><body><article><h1>Talks resume in Cairo</h1>"
            + "<p>The minister said the talks in Cairo would resume on Monday after a pause of two weeks, and that both delegations"
            + " had agreed to an agenda drawn up by the mediators.</p><p>\"We are ready to discuss every question,\" said Taher"
            + " Al-Nono, a Hamas media official. Officials from both sides have met three times this year, and they said that"
            + " progress was slow.</p></article></body></html>";

    @TempDir
    Path dir;
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/talks-resume.html", ex -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void analyzeReadsThePageAndKeepsItsAddress() {
        Cli r = Cli.run("analyze", base + "/news/talks-resume.html");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("\"url\" : \"" + base + "/news/talks-resume.html\"") || r.out().contains("\"url\":\"" + base),
                r.out());
        assertTrue(r.out().contains("Talks resume in Cairo"));
        assertTrue(r.out().contains("2024-10-09"));
    }

    @Test
    void buildNamesTheDossierAfterTheAddress() {
        Cli r = Cli.run("build", base + "/news/talks-resume.html", "-o", dir + "/");
        assertEquals(0, r.status(), r.toString());
        assertTrue(Files.isRegularFile(dir.resolve("talks-resume.pdf")), r.toString());
    }

    @Test
    void aNetworkErrorIsOneLineAndStatus2() {
        Cli r = Cli.run("build", base + "/gone", "-o", dir + "/");
        assertEquals(2, r.status(), r.toString());
        assertEquals(java.util.List.of("dossier: " + base + "/gone: the server answered 404 (Not Found)"), r.errLines());
    }
}
