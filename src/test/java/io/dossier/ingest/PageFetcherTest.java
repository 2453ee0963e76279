package io.dossier.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dossier.BadInputException;
import io.dossier.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL input against a loopback JDK HttpServer: no test reaches outside the machine. */
class PageFetcherTest {

    private static final String ARTICLE = "<p>The minister said the talks in Café Riche in Cairo would resume on Monday after a pause of two"
            + " weeks, and that both delegations had agreed to an agenda drawn up by the mediators.</p><p>Officials from both sides"
            + " have met three times this year, and they said that progress was slow but that the latest proposals had narrowed"
            + " the gap on the main questions.</p>";
    private static final String PAGE = "<!doctype html><html lang='en'><head><title>Talks resume in Cairo - Example News</title>"
            + "<meta property='og:site_name' content='Example News'></head><body><article>" + ARTICLE + "</article></body></html>";

    private HttpServer server;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/hop", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.getResponseHeaders().add("Location", n == 0 ? "/article" : "/hop?" + (n - 1));
            send(ex, 302, null, new byte[0]);
        });
        server.createContext("/latin1", ex -> send(ex, 200, "text/html; charset=ISO-8859-1", PAGE.getBytes(Charset.forName("ISO-8859-1"))));
        server.createContext("/meta-charset", ex -> send(ex, 200, "text/html",
                PAGE.replace("<head>", "<head><meta charset='windows-1252'>").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/gzip", ex -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(b)) {
                z.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", b.toByteArray());
        });
        server.createContext("/agent", ex -> send(ex, 200, "text/html",
                PAGE.replace("Officials", ex.getRequestHeaders().getFirst("User-Agent").split("/")[0] + " officials")
                        .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[200_000]));
        server.createContext("/slow", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private Article read(String path) {
        return new ArticleReader(100_000, w -> { }).readUrl(base + path, Duration.ofSeconds(5));
    }

    private String refusal(String path, Duration timeout) {
        return assertThrows(BadInputException.class,
                () -> new ArticleReader(100_000, w -> { }).readUrl(base + path, timeout)).getMessage();
    }

    @Test
    void aPageIsReadWithItsMetadataAndTheAddressAsItsLink() {
        Article a = read("/article");
        assertEquals("Talks resume in Cairo", a.title());
        assertEquals("Example News", a.source());
        assertEquals(base + "/article", a.url());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void redirectsAreFollowedUpToFive() {
        assertEquals("Talks resume in Cairo", read("/hop?4").title());
        assertEquals(base + "/hop?6: more than 5 redirects", refusal("/hop?6", Duration.ofSeconds(5)));
    }

    @Test
    void theCharsetComesFromTheHeaderOrTheMetaTag() {
        assertTrue(read("/latin1").text().contains("Café Riche"));
        assertTrue(read("/meta-charset").text().contains("Café Riche"));
    }

    @Test
    void gzipIsUnpacked() {
        assertTrue(read("/gzip").text().contains("Café Riche"));
    }

    @Test
    void theUserAgentNamesTheTool() {
        assertTrue(read("/agent").text().contains("Dossier officials"));
    }

    @Test
    void aMissingPageIsOneLine() {
        assertEquals(base + "/missing: the server answered 404 (Not Found)", refusal("/missing", Duration.ofSeconds(5)));
    }

    @Test
    void onlyHtmlIsRead() {
        assertEquals(base + "/pdf: is not a web page (application/pdf); only text/html is read", refusal("/pdf", Duration.ofSeconds(5)));
    }

    @Test
    void anOversizeBodyIsRefused() {
        assertEquals(base + "/huge: larger than the 100000 bytes size limit for one article", refusal("/huge", Duration.ofSeconds(5)));
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        long t0 = System.nanoTime();
        assertEquals(base + "/slow: no answer within 1 s (timed out)", refusal("/slow", Duration.ofSeconds(1)));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void aRefusedConnectionIsOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/a";
        String m = assertThrows(BadInputException.class, () -> new ArticleReader().readUrl(url, Duration.ofSeconds(5))).getMessage();
        assertEquals(url + ": cannot connect to 127.0.0.1:" + port + " (connection refused)", m);
    }

    // No test for an unknown host name: resolving one would send a query off the machine.
}
