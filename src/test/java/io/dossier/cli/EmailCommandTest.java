package io.dossier.cli;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dossier email} against real SMTP servers on loopback: GreenMail (plain SMTP; SMTPS with
 * authentication) and SubEthaSMTP (STARTTLS required, then authentication; a recipient it
 * refuses). Each test reads the message as its recipient's mail client would: the MIME tree,
 * the decoded subject and names, the attachment's name and bytes, the body's text.
 */
class EmailCommandTest {

    static final String SUBJECT = "Brief — Gaza talks in Cairo: Ünïcödé ✓ 会谈";
    static final String TO = "Zoë Ørsted-Łukasiewicz <zoe@example.org>";

    @TempDir
    static Path keys;
    static GreenMail greenMail;
    static SMTPServer startTls;
    static final List<byte[]> startTlsReceived = Collections.synchronizedList(new ArrayList<>());

    /** A key pair for "localhost" made with the JDK's keytool, for both TLS servers. */
    @BeforeAll
    static void servers() throws Exception {
        Path store = keys.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));
        System.setProperty("greenmail.tls.keystore.file", store.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        // Dossier trusts this host's self-signed certificate (still checking that it names the host)
        System.setProperty("dossier.smtp.trust", "localhost");

        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("desk@example.org", "desk", "s3cret pässword"));
        greenMail.start();

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        startTls = SMTPServer.port(freePort()).bindAddress(java.net.InetAddress.getLoopbackAddress()).hostName("localhost")
                .startTlsSocketFactory(tls).requireTLS().requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!"desk".equals(user) || !"s3cret pässword".equals(password)) throw new LoginFailedException();
                }))
                .simpleMessageListener(new SimpleMessageListener() {
                    @Override
                    public boolean accept(String from, String recipient) {
                        return !recipient.startsWith("nobody@");
                    }

                    @Override
                    public void deliver(String from, String recipient, InputStream data) throws IOException {
                        startTlsReceived.add(data.readAllBytes());
                    }
                })
                .build();
        startTls.start();
    }

    @AfterAll
    static void stop() {
        if (greenMail != null) greenMail.stop();
        if (startTls != null) startTls.stop();
        System.clearProperty("dossier.smtp.trust");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String smtp() {
        return "localhost:" + greenMail.getSmtp().getPort();
    }

    static Path passwordFile(Path dir, String password) throws IOException {
        Path f = dir.resolve("password");
        Files.writeString(f, password + "\n");
        return f;
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    /** The message as its recipient sees it; returns the plain-text body. */
    static String assertReadsRight(MimeMessage m, byte[] pdf, String fileName) throws Exception {
        assertEquals(SUBJECT, m.getSubject());
        InternetAddress to = (InternetAddress) m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertEquals("Zoë Ørsted-Łukasiewicz", to.getPersonal());
        assertEquals("zoe@example.org", to.getAddress());
        assertTrue(m.isMimeType("multipart/mixed"), m.getContentType());
        Multipart mixed = (Multipart) m.getContent();
        assertEquals(2, mixed.getCount());
        BodyPart body = mixed.getBodyPart(0);
        assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
        Multipart alternative = (Multipart) body.getContent();
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        BodyPart attachment = mixed.getBodyPart(1);
        assertTrue(attachment.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals(fileName, attachment.getFileName());
        assertArrayEquals(pdf, attachment.getInputStream().readAllBytes(), "the attachment is the PDF written to out/");
        for (String body2 : List.of(text, html)) {
            assertTrue(body2.contains("UNCLASSIFIED // FOR BRIEFING USE"), "marking on top");
            // the key quote and who said it
            assertTrue(body2.contains("The meeting will discuss the Israeli aggression on the Gaza Strip"), body2);
            assertTrue(body2.contains("Taher Al-Nono"), "the key quote's speaker");
            assertTrue(body2.contains("Bottom line") || body2.contains("BOTTOM LINE"));
        }
        assertTrue(text.indexOf("UNCLASSIFIED") < text.indexOf("BOTTOM LINE"), "marking first");
        assertTrue(html.contains("Top actors") && html.contains("Hamas"));
        return text;
    }

    @Test
    void overPlainSmtpTheRecipientGetsTheDossierAsDescribed(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("cairo-talks.pdf");
        greenMail.purgeEmailFromAllMailboxes();
        int before = 0;
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO,
                "--from", "Dossier Désk <dossier@example.org>", "--subject", SUBJECT, "--smtp", smtp());
        assertEquals(0, run.status(), run.toString());
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertEquals(before + 1, got.length);
        MimeMessage m = parse(toBytes(got[before]));
        assertReadsRight(m, Files.readAllBytes(pdf), "cairo-talks.pdf");
        assertEquals("Dossier Désk", ((InternetAddress) m.getFrom()[0]).getPersonal());
        // RFC 2047 on the wire: no raw 8-bit subject
        String raw = new String(toBytes(got[0]), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("Subject: =?UTF-8?"), raw.substring(0, 600));
        assertTrue(raw.contains("To: =?UTF-8?"), "the name is an encoded word");
    }

    static byte[] toBytes(MimeMessage m) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void overSmtpsWithAuthenticationAndANonAsciiFileNameInRfc2231(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("Kairo-Gespräche — Gaza.pdf");
        greenMail.purgeEmailFromAllMailboxes();
        int before = 0;
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO, "--bcc", "archive@example.org",
                "--from", "desk@example.org", "--subject", SUBJECT, "--smtp", "localhost:" + greenMail.getSmtps().getPort(),
                "--ssl", "--user", "desk", "--password-file", passwordFile(dir, "s3cret pässword").toString());
        assertEquals(0, run.status(), run.toString());
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertEquals(before + 2, got.length, "one for the recipient, one for the bcc");
        byte[] raw = toBytes(got[before]);
        assertReadsRight(parse(raw), Files.readAllBytes(pdf), "Kairo-Gespräche — Gaza.pdf");
        assertTrue(new String(raw, StandardCharsets.ISO_8859_1).contains("filename*=UTF-8''Kairo-Gespr%C3%A4che"), "RFC 2231 name");
        assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("archive@example.org"), "bcc not in the headers");
    }

    @Test
    void overStartTlsWithAuthentication(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("cairo-talks.pdf");
        int before = startTlsReceived.size();
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO, "--from", "desk@example.org",
                "--subject", SUBJECT, "--smtp", "localhost:" + startTls.getPort(), "--starttls", "--user", "desk",
                "--password-file", passwordFile(dir, "s3cret pässword").toString(), "--attach-json");
        assertEquals(0, run.status(), run.toString());
        assertEquals(before + 1, startTlsReceived.size());
        MimeMessage m = parse(startTlsReceived.get(before));
        assertEquals(SUBJECT, m.getSubject());
        Multipart mixed = (Multipart) m.getContent();
        assertEquals(3, mixed.getCount(), "body, PDF, JSON");
        assertArrayEquals(Files.readAllBytes(pdf), mixed.getBodyPart(1).getInputStream().readAllBytes());
        assertEquals("cairo-talks.json", mixed.getBodyPart(2).getFileName());
        assertTrue(new String(mixed.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .contains("dossier-analysis/1"));
    }

    /** One line on stderr, exit status 1, and the PDF still written. */
    static void assertFailsInOneLine(Cli run, Path pdf, String says) {
        assertEquals(1, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(says), run.err());
        assertTrue(run.err().contains("the PDF is in " + pdf), run.err());
        assertTrue(Files.exists(pdf), "the PDF is kept");
    }

    @Test
    void aWrongPasswordIsOneLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("a.pdf");
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO, "--from", "desk@example.org",
                "--smtp", "localhost:" + startTls.getPort(), "--starttls", "--user", "desk",
                "--password-file", passwordFile(dir, "wrong").toString());
        assertFailsInOneLine(run, pdf, "refused the user name or password");
    }

    @Test
    void aClosedPortIsOneLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("a.pdf");
        int port = freePort();
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO, "--from", "desk@example.org",
                "--smtp", "localhost:" + port);
        assertFailsInOneLine(run, pdf, "cannot connect to localhost:" + port + " (connection refused)");
    }

    @Test
    void aRejectedRecipientIsOneLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("a.pdf");
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", "nobody@example.org",
                "--from", "desk@example.org", "--smtp", "localhost:" + startTls.getPort(), "--starttls", "--user", "desk",
                "--password-file", passwordFile(dir, "s3cret pässword").toString());
        assertFailsInOneLine(run, pdf, "rejected the recipient nobody@example.org");
    }

    @Test
    void tlsToAServerThatSpeaksNoTlsIsOneLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("a.pdf");
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", pdf.toString(), "--to", TO, "--from", "desk@example.org",
                "--smtp", smtp(), "--ssl");
        assertFailsInOneLine(run, pdf, "TLS failed");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "--to", TO, "--password", "x");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--password"), run.err());
    }

    @Test
    void articleTextIsEscapedInTheHtmlBody(@TempDir Path dir) throws Exception {
        Path eml = dir.resolve("m.eml");
        Cli run = Cli.run("email", "samples/cairo-talks.txt", "-o", dir.resolve("a.pdf").toString(), "--to", TO,
                "--from", "desk@example.org", "--title", "<script>alert(1)</script> & ${x}", "--eml", eml.toString());
        assertEquals(0, run.status(), run.toString());
        Multipart alternative = (Multipart) ((Multipart) parse(Files.readAllBytes(eml)).getContent()).getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ${x}"), html);
        assertFalse(html.contains("<script>"));
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("<script>alert(1)</script> & ${x}"), "plain text as it is");
    }

    /** An .eml draft made twice with one SOURCE_DATE_EPOCH is the same bytes, and parses back. */
    @Test
    void anEmlIsReproducible(@TempDir Path dir) throws Exception {
        byte[] first = eml(dir, "1");
        byte[] second = eml(dir, "2");
        assertArrayEquals(first, second);
        MimeMessage m = parse(first);
        assertEquals("Thu, 28 Nov 2024 09:00:00 +0000 (UTC)".substring(0, 25), new java.text.SimpleDateFormat(
                "EEE, dd MMM yyyy HH:mm:ss", java.util.Locale.ROOT) {{ setTimeZone(java.util.TimeZone.getTimeZone("UTC")); }}
                .format(m.getSentDate()));
        assertTrue(m.getMessageID().endsWith(".dossier@localhost>"), m.getMessageID());
        String text = assertReadsRight(m, Files.readAllBytes(dir.resolve("out" + "1").resolve("cairo-talks.pdf")), "cairo-talks.pdf");
        assertTrue(text.contains("28 November 2024") || text.contains("2024"), text);
    }

    private static byte[] eml(Path dir, String n) throws Exception {
        Path out = dir.resolve("out" + n);
        Path eml = dir.resolve("draft" + n + ".eml");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "email", "samples/cairo-talks.txt", "-o", out.resolve("cairo-talks.pdf").toString(), "--to", TO,
                "--from", "desk@example.org", "--subject", SUBJECT, "--eml", eml.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SOURCE_DATE_EPOCH", "1732784400"); // 2024-11-28T09:00:00Z
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said);
        return Files.readAllBytes(eml);
    }
}
