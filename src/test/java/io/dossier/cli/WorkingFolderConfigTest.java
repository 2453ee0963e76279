package io.dossier.cli;

import io.dossier.PdfLook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code dossier.properties} in the working folder comes with folders people share: it may name
 * only files inside its folder and give no credentials. The runs that show what a user sees are
 * dossier in its own JVM, started in the folder, as a user runs it there; the user's own config
 * ({@code -Ddossier.config}) is trusted and runs in-process.
 */
class WorkingFolderConfigTest {

    static final String OUTSIDE = " is outside this folder; a working-folder config may only name files inside it";

    @TempDir
    Path folder;
    /** Not the shared folder: the user's own files, and where the child JVM's streams go. */
    @TempDir
    Path home;

    @AfterEach
    void noConfig() {
        System.clearProperty("dossier.config");
    }

    @Test
    void aPathOutsideTheFolderStopsTheRunInOneLine() throws Exception {
        Files.copy(Path.of("samples/cairo-talks.txt"), folder.resolve("article.txt"));
        Path secret = BrandingTest.png(home);
        Path outside = Files.createDirectories(home.resolve("templates"));
        Files.writeString(outside.resolve("dossier.css"), "h1 { color: red; }\n");
        Files.createSymbolicLink(folder.resolve("tpl"), outside);
        Files.writeString(folder.resolve("look.css"), "h1 { color: #0b6e4f; }\n");
        String[][] configs = {
                {"# shared with the project\nlogo = " + secret + "\n", "./dossier.properties:2: logo: " + secret + OUTSIDE},
                {"paper = a5\nbuild.css = look.css, ../look.css\n", "./dossier.properties:2: build.css: ../look.css" + OUTSIDE},
                {"templates = tpl\n", "./dossier.properties:1: templates: tpl" + OUTSIDE},
                {"output = sub/../../out\n", "./dossier.properties:1: output: sub/../../out" + OUTSIDE},
        };
        for (String[] c : configs) {
            Files.writeString(folder.resolve("dossier.properties"), c[0]);
            Run run = runIn(folder, "build", "article.txt");
            assertEquals(2, run.status(), c[0] + run);
            assertEquals(List.of("dossier: " + c[1]), run.err(), c[0]);
            assertFalse(Files.exists(folder.resolve("out")), "no PDF: " + c[0]);
            assertFalse(Files.exists(home.resolve("out")), "nothing outside either: " + c[0]);
        }
    }

    @Test
    void aPasswordFileInAWorkingFolderConfigSendsNothing() throws Exception {
        Files.copy(Path.of("samples/cairo-talks.txt"), folder.resolve("article.txt"));
        Files.writeString(folder.resolve("smtp-password"), "s3cret\n");
        AtomicInteger sessions = new AtomicInteger();
        List<String> logins = Collections.synchronizedList(new ArrayList<>());
        SMTPServer server = countingServer(sessions, logins);
        server.start();
        try {
            Path config = Files.writeString(folder.resolve("dossier.properties"),
                    "email.from = desk@example.org\nemail.password-file = smtp-password\nemail.smtp = 127.0.0.1:" + server.getPort() + "\n");
            Run run = runIn(folder, "email", "article.txt", "--to", "desk@example.org", "--from", "desk@example.org",
                    "--user", "desk", "--smtp", "127.0.0.1:" + server.getPort());
            assertEquals(2, run.status(), run.toString());
            assertEquals(List.of("dossier: ./dossier.properties:2: email.password-file: a working-folder config may not give "
                    + "credentials; pass --password-file as a flag or put it in your own ~/.config/dossier/dossier.properties"),
                    run.err());
            assertEquals(0, sessions.get(), "no connection to the server the config named");
            assertFalse(Files.exists(folder.resolve("out")), "no PDF");

            // The same file as the user's own is trusted: the password is read beside it and used,
            // which shows the server hears a connection when there is one.
            System.setProperty("dossier.config", config.toString());
            Cli own = Cli.run("email", folder.resolve("article.txt").toString(), "-o", home.resolve("a.pdf").toString(),
                    "--to", "desk@example.org", "--from", "desk@example.org", "--user", "desk");
            assertEquals(0, own.status(), own.toString());
            assertTrue(sessions.get() > 0);
            assertEquals(List.of("desk:s3cret"), logins);
        } finally {
            server.stop();
        }
    }

    @Test
    void theOtherCredentialsAreRefusedToo() throws IOException {
        assertEquals("./dossier.properties:1: email.user: a working-folder config may not give credentials; pass --user "
                + "as a flag or put it in your own ~/.config/dossier/dossier.properties", refusal("email.user = desk\n"));
        assertEquals("./dossier.properties:2: password-env: a working-folder config may not give credentials; pass "
                + "--password-env as a flag or put it in your own ~/.config/dossier/dossier.properties",
                refusal("marking = X\npassword-env = AWS_SECRET_ACCESS_KEY\n"));
        assertNull(refusal("email.from = desk@example.org\nemail.subject = Brief\npaper = a5\n"),
                "what is not a credential, a destination or a path may be shared");
    }

    @Test
    void aWorkingFolderConfigDoesNotSayWhereADossierGoes() throws IOException {
        assertEquals("./dossier.properties:2: email.bcc: a working-folder config may not say where a dossier is sent; pass "
                + "--bcc as a flag or put it in your own ~/.config/dossier/dossier.properties",
                refusal("paper = a5\nemail.bcc = someone@example.org\n"));
        assertEquals("./dossier.properties:1: smtp: a working-folder config may not say where a dossier is sent; pass "
                + "--smtp as a flag or put it in your own ~/.config/dossier/dossier.properties", refusal("smtp = mail.example.org\n"));
    }

    @Test
    void insideTheFolderTheLookStillWorks() throws Exception {
        Files.copy(Path.of("samples/cairo-talks.txt"), folder.resolve("article.txt"));
        Path tpl = Files.createDirectories(folder.resolve("tpl"));
        Files.writeString(tpl.resolve("dossier.css"), "h1 { color: #aa0000; }\n");
        Files.writeString(folder.resolve("brand.css"), "h1 { color: #0b6e4f; }\n");
        Files.createDirectories(folder.resolve("art"));
        Files.writeString(folder.resolve("art/logo.svg"), BrandingTest.SVG);
        Files.writeString(folder.resolve("dossier.properties"),
                "templates = ./tpl/\ncss = art/../brand.css\nlogo = art/logo.svg\noutput = out/\n");
        Run run = runIn(folder, "build", "article.txt");
        assertEquals(0, run.status(), run.toString());
        byte[] pdf = Files.readAllBytes(folder.resolve("out/article.pdf"));
        List<PdfLook.Glyph> heading = PdfLook.find(PdfLook.glyphs(pdf), StylingTest.findHeadingPage(pdf, "Actors"), "Actors");
        assertEquals(StylingTest.ACCENT, heading.get(0).rgb(), "the folder's style sheet, over its templates'");
        assertEquals(1, PdfLook.xobjects(pdf, 1).get("form"), "the folder's logo on the cover");
    }

    /** Relative paths of the user's own config are taken from its folder, wherever dossier runs. */
    @Test
    void theUsersOwnConfigNamesFilesFromItsFolder() throws IOException {
        Files.writeString(home.resolve("brand.css"), "h1 { color: #0b6e4f; }\n");
        Path config = Files.writeString(home.resolve("dossier.properties"), "css = brand.css, missing.css\n");
        System.setProperty("dossier.config", config.toString());
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "-o", folder.resolve("x.pdf").toString());
        assertEquals(2, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("dossier: " + config + ":1: css: " + home.resolve("missing.css") + ": "), run.err());
        assertFalse(Files.exists(folder.resolve("x.pdf")));
        BrandingTest.png(home);
        Files.writeString(config, "css = brand.css\nlogo = logo.png\n");
        Cli built = Cli.run("build", "samples/cairo-talks.txt", "-o", folder.resolve("x.pdf").toString());
        assertEquals(0, built.status(), built.toString());
    }

    /** Run in ~/.config/dossier itself, the file there is the user's own, not a shared folder's. */
    @Test
    void theUsersConfigFolderIsNoWorkingFolder() throws Exception {
        Path own = Files.createDirectories(home.resolve(".config/dossier"));
        Files.writeString(own.resolve("dossier.properties"), "logo = " + BrandingTest.png(home) + "\nemail.user = desk\n");
        Run run = runIn(own, "schema");
        assertEquals(0, run.status(), run.toString());
        Files.copy(own.resolve("dossier.properties"), folder.resolve("dossier.properties"));
        Run shared = runIn(folder, "schema");
        assertEquals(2, shared.status(), "the same lines in another folder: " + shared);
    }

    @Test
    void insideMeansAfterDotDotAndLinks() throws IOException {
        Path outside = Files.createDirectories(home.resolve("private"));
        Files.writeString(outside.resolve("id_rsa"), "key");
        Files.writeString(folder.resolve("look.css"), "");
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("away"), outside);
        Files.createSymbolicLink(folder.resolve("key.css"), outside.resolve("id_rsa"));
        Files.createSymbolicLink(folder.resolve("nowhere.pdf"), outside.resolve("not-yet"));
        Files.createSymbolicLink(folder.resolve("here"), folder.resolve("sub"));
        for (String in : List.of("look.css", "./look.css", "sub/../look.css", "sub", "here", "out/new/x.pdf", "-", "new/../x.pdf")) {
            assertTrue(WorkingFolderRules.inside(folder, in), in);
        }
        for (String out : List.of(outside.resolve("id_rsa").toString(), "/etc/passwd", "../look.css", "sub/../../look.css",
                "away", "away/id_rsa", "away/new.pdf", "key.css", "nowhere.pdf", "away/../look.css")) {
            assertFalse(WorkingFolderRules.inside(folder, out), out);
        }
    }

    /** An option added later that takes a file is held to the rule too: every option typed Path is a path key. */
    @Test
    void everyOptionThatNamesAFileIsAPathKey() {
        picocli.CommandLine cli = Main.commandLine(new Main());
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (String c : HelpTest.COMMANDS) {
            for (picocli.CommandLine.Model.OptionSpec o : cli.getSubcommands().get(c).getCommandSpec().options()) {
                if (List.of(o.auxiliaryTypes()).contains(Path.class)) paths.add(o.longestName().replaceFirst("^-+", ""));
            }
        }
        assertTrue(paths.contains("css") && paths.contains("password-file"), paths.toString());
        assertTrue(WorkingFolderRules.PATH_KEYS.containsAll(paths), paths + " not all in " + WorkingFolderRules.PATH_KEYS);
        assertTrue(WorkingFolderRules.PATH_KEYS.containsAll(Config.READ_PATH_KEYS));
    }

    /** The line the working-folder config {@code text} is refused with, or null. */
    private String refusal(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("dossier.properties"), text);
        StringWriter err = new StringWriter();
        Config config = Config.load(new PrintWriter(err), new Config.Source(file, true));
        assertEquals("", err.toString());
        return config.refusal == null ? null : config.refusal.replace(folder.toString(), ".");
    }

    /** A plain SMTP server on loopback that counts the connections it gets and the logins it accepts. */
    private static SMTPServer countingServer(AtomicInteger sessions, List<String> logins) throws IOException {
        return SMTPServer.port(EmailCommandTest.freePort()).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .sessionHandler(new SessionHandler() {
                    @Override
                    public SessionAcceptance accept(Session session) {
                        sessions.incrementAndGet();
                        return SessionAcceptance.success();
                    }

                    @Override
                    public void onSessionEnd(Session session) {
                    }
                })
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> logins.add(user + ":" + password)))
                .simpleMessageListener(new SimpleMessageListener() {
                    @Override
                    public boolean accept(String from, String recipient) {
                        return true;
                    }

                    @Override
                    public void deliver(String from, String recipient, InputStream data) throws IOException {
                        data.readAllBytes();
                    }
                })
                .build();
    }

    record Run(int status, List<String> err) {
    }

    /** dossier in a JVM of its own, started in {@code folder} as a user starts it there; no user config. */
    private Run runIn(Path folder, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile());
        pb.environment().remove("XDG_CONFIG_HOME");
        Path err = home.resolve("stderr");
        pb.redirectOutput(home.resolve("stdout").toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dossier " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), Files.readAllLines(err));
    }
}
