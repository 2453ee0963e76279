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
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dossier batch} with web pages: addresses as arguments, in a file of addresses and on
 * standard input, served from a loopback JDK HttpServer. Every address the HTTP client is about
 * to reach is recorded (through the default proxy selector, which the client asks for each
 * request), so the tests also show that nothing but the loopback server is ever asked.
 */
class BatchUrlsTest {

    private static final String CAIRO = page("Talks resume in Cairo | Example News", "Talks resume in Cairo",
            "The talks in Cairo resumed on Monday after a pause of two weeks, and both delegations agreed to an agenda"
                    + " drawn up by the Egyptian mediators, officials said.",
            "\"We are ready to discuss every question on the table,\" said Taher Al-Nono, a Hamas media official, adding"
                    + " that the delegation would stay in Cairo for as long as the talks went on.",
            "An Israeli official said the government had sent a team with a limited mandate and that progress would be"
                    + " slow. The mediators plan to meet both sides again on Thursday.");
    private static final String STRIKE = page("Dock workers strike at the port of Antwerp", "Dock workers strike at the port of Antwerp",
            "Dock workers at the port of Antwerp walked out on Tuesday over a new shift system, leaving dozens of container"
                    + " ships waiting at anchor in the Scheldt, the port authority said.",
            "\"We will not accept twelve-hour shifts,\" said Marc Peeters, a union spokesman. He said the strike would last"
                    + " until the employers withdrew the plan.",
            "The employers' federation said the new system was needed to handle larger ships and that it had offered"
                    + " higher pay for night work. Talks are set to resume next week.");
    private static final String FLOODS = page("Flood barriers hold in Rotterdam - Harbour Post", "Flood barriers hold in Rotterdam",
            "The storm surge barrier near Rotterdam closed for the second time this winter on Sunday night as gale-force"
                    + " winds pushed the North Sea into the river mouth, the water authority said.",
            "\"The barrier did exactly what it was built to do,\" said Anna de Vries, who heads the authority. No homes"
                    + " were flooded, and shipping resumed on Monday morning.",
            "Engineers will inspect the gates this week. The barrier, finished in 1997, closes automatically when the"
                    + " water is forecast to rise three metres above normal.");

    @TempDir
    Path dir;
    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    /** The paths the server was asked for, in order. */
    private final List<String> served = Collections.synchronizedList(new ArrayList<>());
    /** Every address the HTTP client was about to reach. */
    private final List<URI> reached = Collections.synchronizedList(new ArrayList<>());
    private ProxySelector previous;

    private static String page(String title, String headline, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>")
                .append(title).append("</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>")
                .append("<article><h1>").append(headline).append("</h1>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</article><footer>Copyright Example</footer></body></html>").toString();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        serve("/news/cairo-talks.html", "text/html; charset=utf-8", CAIRO);
        serve("/world/port-strike", "text/html", STRIKE);
        serve("/a/story.html", "text/html", CAIRO);
        serve("/b/story.html", "text/html", STRIKE);
        serve("/report.pdf", "application/pdf", "%PDF-1.4 not a page");
        server.createContext("/slow", ex -> {
            served.add(ex.getRequestURI().getPath());
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/", ex -> { // the home page is an article here; anything else is missing
            String path = ex.getRequestURI().getPath();
            served.add(path);
            byte[] body = (path.equals("/") ? FLOODS : "<p>Not found</p>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(path.equals("/") ? 200 : 404, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                reached.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterEach
    void stop() {
        ProxySelector.setDefault(previous);
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void serve(String path, String type, String body) {
        server.createContext(path, ex -> {
            served.add(ex.getRequestURI().getPath());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private List<String> outputs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void onlyLoopback() {
        assertTrue(!reached.isEmpty(), "the proxy selector saw the requests");
        for (URI uri : reached) assertEquals("127.0.0.1", uri.getHost(), "reached " + uri);
    }

    @Test
    void aFileOfAddressesAnAddressAndAFileEachMakeTheirOwnDossier() throws IOException {
        Path links = Files.writeString(dir.resolve("links.urls"), String.join("\n",
                "# this morning's pages",
                base + "/news/cairo-talks.html",
                "",
                base + "/",
                base + "/missing",
                base + "/report.pdf",
                "   " + base + "/a/story.html   ",
                base + "/b/story.html") + "\n");
        Path local = Files.writeString(dir.resolve("local.txt"), TestArticles.article(1, TestArticles.paragraphs()));
        Path out = dir.resolve("out");

        Cli cli = Cli.run("batch", links.toString(), local.toString(), base + "/world/port-strike", "-o", out.toString(), "--jobs", "2");

        assertEquals(1, cli.status(), cli.toString());
        assertEquals(List.of("cairo-talks.pdf", "flood-barriers-hold-in-rotterdam.pdf", "local.pdf", "port-strike.pdf",
                "story-2.pdf", "story.pdf"), outputs(out), cli.toString());
        List<String> errors = cli.errLines().stream().filter(l -> l.startsWith("dossier: ")).sorted().toList();
        assertEquals(List.of("dossier: " + base + "/missing: the server answered 404 (Not Found)",
                "dossier: " + base + "/report.pdf: is not a web page (application/pdf); only text/html is read"), errors);
        String summary = cli.errLines().get(cli.errLines().size() - 1);
        assertTrue(summary.matches("made 6, failed 2 in \\d+\\.\\d s"), summary);
        assertEquals(8, cli.out().lines().count(), cli.out());
        assertTrue(cli.out().contains("ok   " + base + "/a/story.html → " + out.resolve("story.pdf")), cli.out());
        assertTrue(cli.out().contains("ok   " + base + "/b/story.html → " + out.resolve("story-2.pdf")), cli.out());
        assertTrue(cli.out().contains("ok   " + base + "/ → " + out.resolve("flood-barriers-hold-in-rotterdam.pdf")), cli.out());

        // each address once, nothing else, nowhere else
        assertEquals(List.of("/", "/a/story.html", "/b/story.html", "/missing", "/news/cairo-talks.html", "/report.pdf",
                "/world/port-strike"), served.stream().sorted().toList());
        onlyLoopback();

        // --no-clobber: a page named by its address is kept without fetching it; one named by its title must be read to be named
        served.clear();
        Cli again = Cli.run("batch", links.toString(), local.toString(), base + "/world/port-strike", "-o", out.toString(),
                "--no-clobber");
        assertEquals(1, again.status(), again.toString());
        assertEquals(List.of("/", "/missing", "/report.pdf"), served.stream().sorted().toList(), again.toString());
        assertTrue(again.errLines().get(again.errLines().size() - 1).matches("made 0, failed 2, kept 6 in \\d+\\.\\d s"), again.toString());
    }

    @Test
    void addressesAndFileNamesOnStandardInput() throws IOException {
        Path local = Files.writeString(dir.resolve("local.txt"), TestArticles.article(2, TestArticles.paragraphs()));
        Path out = dir.resolve("out");
        String stdin = base + "/world/port-strike\n" + local + "\n" + base + "/missing\n";
        Cli cli = Cli.runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), "batch", "-", "-o", out.toString());
        assertEquals(1, cli.status(), cli.toString());
        assertEquals(List.of("local.pdf", "port-strike.pdf"), outputs(out));
        assertEquals(List.of("dossier: " + base + "/missing: the server answered 404 (Not Found)"),
                cli.errLines().stream().filter(l -> l.startsWith("dossier: ")).toList());
        onlyLoopback();
    }

    @Test
    void aTxtOfNothingButAddressesIsAListAnyOtherTxtIsAnArticle() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), base + "/news/cairo-talks.html\n\n# done\n");
        // one line of prose among addresses: an article, never fetched
        Path notes = Files.writeString(dir.resolve("notes.txt"), base + "/world/port-strike\n\n"
                + TestArticles.article(3, TestArticles.paragraphs()));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("batch", list.toString(), notes.toString(), "-o", out.toString());
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(List.of("cairo-talks.pdf", "notes.pdf"), outputs(out));
        assertEquals(List.of("/news/cairo-talks.html"), served);
        onlyLoopback();
    }

    @Test
    void aListInAFolderIsAnArticleAndIsNeverFetched() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path list = Files.writeString(in.resolve("links.txt"), base + "/news/cairo-talks.html\n");
        Cli cli = Cli.run("batch", in.toString(), "-o", dir.resolve("out").toString());
        assertTrue(cli.out().contains("ok   " + list + " → "), cli.toString()); // read as the text it is
        assertEquals(List.of(), served);
        assertEquals(List.of(), reached);
    }

    @Test
    void aUrlsFileWithALineThatIsNotAnAddressStopsTheBatchBeforeItStarts() throws IOException {
        Path links = Files.writeString(dir.resolve("links.urls"), base + "/news/cairo-talks.html\nwww.example.com/news\n");
        Path out = dir.resolve("out");
        Cli cli = Cli.run("batch", links.toString(), "-o", out.toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + links + ":2: 'www.example.com/news' is not a web address"
                + " (a .urls file holds one http:// or https:// address a line; # starts a comment)"), cli.errLines());
        assertTrue(Files.notExists(out));
        assertEquals(List.of(), reached);
    }

    @Test
    void aSlowPageFailsAloneAtItsTimeLimit() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("batch", base + "/slow", base + "/news/cairo-talks.html", "-o", out.toString(), "--timeout", "1s");
        assertEquals(1, cli.status(), cli.toString());
        assertEquals(List.of("cairo-talks.pdf"), outputs(out));
        List<String> errors = cli.errLines().stream().filter(l -> l.startsWith("dossier: ")).toList();
        assertEquals(1, errors.size(), cli.toString());
        assertTrue(errors.get(0).equals("dossier: " + base + "/slow: no answer within 1 s (timed out)")
                || errors.get(0).equals("dossier: " + base + "/slow: took longer than the 1 s time limit for one article (--timeout)"),
                errors.get(0));
    }

    @Test
    void aRefusedConnectionIsOneLineAndTheOthersGoOn() throws IOException {
        Path out = dir.resolve("out");
        // a closed port on loopback: refused at once, without leaving the machine
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Cli cli = Cli.run("batch", "http://127.0.0.1:" + closed + "/news/x.html", base + "/news/cairo-talks.html", "-o", out.toString());
        assertEquals(1, cli.status(), cli.toString());
        assertEquals(List.of("cairo-talks.pdf"), outputs(out));
        assertEquals(List.of("dossier: http://127.0.0.1:" + closed + "/news/x.html: cannot connect to 127.0.0.1:" + closed
                + " (connection refused)"), cli.errLines().stream().filter(l -> l.startsWith("dossier: ")).toList());
        onlyLoopback();
    }
}
