package io.dossier.cli;

import io.dossier.deliver.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code dossier print} through a real CUPS server: {@code .ci/cups} installs and starts it and adds
 * the cups-pdf queue {@value #QUEUE}, which writes each job as a PDF into {@link #OUT}. The test
 * reads what came out (its pages) and the job's attributes as CUPS recorded them. Without a
 * reachable CUPS the print tests are skipped, saying so; in CI (CI set) they fail instead.
 */
class PrintCommandTest {

    static final String QUEUE = "dossier-pdf";
    static final Path OUT = Path.of(System.getenv().getOrDefault("DOSSIER_CUPS_OUT", "/tmp/dossier-cups-pdf"));
    static final Path SPOOL = Path.of("/var/spool/cups");

    static boolean cups;
    static String why;

    @BeforeAll
    static void lookForCups() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 631), 2000);
            cups = Printer.queues().stream().anyMatch(q -> q.name().equals(QUEUE));
            why = cups ? null : "CUPS runs but has no queue '" + QUEUE + "' (run .ci/cups)";
        } catch (IOException e) {
            why = "no CUPS server on 127.0.0.1:631 (run .ci/cups to install and start one)";
        }
    }

    static void needCups() {
        if (cups) return;
        if (System.getenv("CI") != null) fail("CI must run the print tests: " + why);
        Assumptions.assumeTrue(false, "skipped: " + why);
    }

    static Set<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The first file that appears in {@code dir} beside {@code before} and stops growing, within a minute. */
    static Path arrival(Path dir, Set<String> before, String prefix) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            for (String name : files(dir)) {
                if (!before.contains(name) && name.startsWith(prefix)) {
                    Path p = dir.resolve(name);
                    long size = Files.size(p);
                    Thread.sleep(300);
                    if (size > 0 && size == Files.size(p)) return p;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing arrived in " + dir + " within 60 s");
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /**
     * The attributes CUPS keeps for a job (its control file, an IPP message): name → first value,
     * text as text, integers as decimal.
     */
    static Map<String, String> jobAttributes(Path control) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(control));
        b.position(8);
        Map<String, String> out = new HashMap<>();
        String name = null;
        while (b.remaining() > 0) {
            int tag = b.get() & 0xff;
            if (tag == 0x03) break;
            if (tag < 0x10) continue;
            int nameLength = b.getShort() & 0xffff;
            if (nameLength > 0) name = new String(bytes(b, nameLength), StandardCharsets.UTF_8);
            byte[] value = bytes(b, b.getShort() & 0xffff);
            String v = (tag == 0x21 || tag == 0x23) && value.length == 4 ? String.valueOf(ByteBuffer.wrap(value).getInt())
                    : new String(value, StandardCharsets.UTF_8);
            if (nameLength > 0) out.putIfAbsent(name, v);
        }
        return out;
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] a = new byte[n];
        b.get(a);
        return a;
    }

    /** Prints and returns the job's attributes and the PDF cups-pdf made of it. */
    record Job(Map<String, String> attributes, Path output) {
    }

    static Job print(Path dir, String... extra) throws Exception {
        Set<String> outBefore = files(OUT);
        Set<String> spoolBefore = files(SPOOL);
        Path pdf = dir.resolve("cairo-talks.pdf");
        List<String> args = new java.util.ArrayList<>(List.of("print", "samples/cairo-talks.txt", "-o", pdf.toString(), "--printer", QUEUE));
        args.addAll(List.of(extra));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.err().contains("to printer '" + QUEUE + "'"), run.err());
        Path output = arrival(OUT, outBefore, "");
        Path control = arrival(SPOOL, spoolBefore, "c");
        return new Job(jobAttributes(control), output);
    }

    @Test
    void theSampleComesOutOfTheQueueWithTheDossiersPageCount(@TempDir Path dir) throws Exception {
        needCups();
        Job job = print(dir);
        assertEquals(pages(dir.resolve("cairo-talks.pdf")), pages(job.output()), "pages printed = pages of the dossier");
        assertEquals("one-sided", job.attributes().get("sides"));
        assertEquals("application/pdf", job.attributes().get("document-format"));
    }

    @Test
    void duplexAndCopiesReachTheJob(@TempDir Path dir) throws Exception {
        needCups();
        Job job = print(dir, "--duplex", "--copies", "2");
        assertEquals("two-sided-long-edge", job.attributes().get("sides"));
        assertEquals("2", job.attributes().get("copies"));
    }

    @Test
    void listPrintersNeedsNoInput() {
        needCups();
        Cli run = Cli.run("print", "--list-printers");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().replace("* ", "").equals(QUEUE)), run.out());
    }

    @Test
    void anUnknownPrinterIsOneLineAndThePdfIsKept(@TempDir Path dir) {
        needCups();
        Path pdf = dir.resolve("a.pdf");
        Cli run = Cli.run("print", "samples/cairo-talks.txt", "-o", pdf.toString(), "--printer", "no-such-printer");
        assertEquals(1, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("no printer named 'no-such-printer'") && run.err().contains("the PDF is in " + pdf), run.err());
        assertTrue(Files.exists(pdf));
    }

    /** No print service at all (CUPS_SERVER names a closed port): one line, exit 1, the PDF kept. Needs no CUPS. */
    @Test
    void noPrintServiceIsOneLineAndThePdfIsKept(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.pdf");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "print", "samples/cairo-talks.txt", "-o", pdf.toString());
        pb.environment().put("CUPS_SERVER", "127.0.0.1:9");
        pb.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> err = Files.readAllLines(dir.resolve("stderr"));
        assertEquals(1, p.exitValue(), String.join("\n", err));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("dossier: no printer found") && err.get(0).endsWith("the PDF is in " + pdf), err.get(0));
        assertTrue(Files.exists(pdf));
    }
}
