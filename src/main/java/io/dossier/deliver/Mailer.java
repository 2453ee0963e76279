package io.dossier.deliver;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Email through Jakarta Mail (Eclipse Angus): one message, {@code multipart/mixed} holding a
 * {@code multipart/alternative} body (plain text, then HTML) and the attachments. Non-ASCII
 * subjects and names are RFC 2047 encoded words, attachment names RFC 2231 parameters. With a
 * fixed {@code date} (SOURCE_DATE_EPOCH), the message is byte-for-byte reproducible: its
 * Message-ID and MIME boundaries are derived from its content rather than from the clock.
 */
public final class Mailer {

    /** How to reach the SMTP server. {@code security}: none, STARTTLS (required) or TLS from the start (SMTPS). */
    public record Smtp(String host, int port, Security security, String user, String password, int timeoutMillis) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public enum Security { NONE, STARTTLS, SSL }

    /** A file sent with the message. */
    public record Attachment(String fileName, String mimeType, byte[] bytes) {
    }

    /** Who and what: the envelope, the subject and both bodies, the attachments; {@code date} null: now. */
    public record Message(String from, List<String> to, List<String> cc, List<String> bcc, String subject,
                          String text, String html, List<Attachment> attachments, Instant date) {
    }

    /** Something went wrong sending; the message is one line for a person. */
    public static final class DeliveryException extends RuntimeException {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Mailer() {
    }

    /** Parses "Name <a@b>, c@d" into addresses (names may be any Unicode); a bad one is an IllegalArgumentException. */
    public static List<InternetAddress> addresses(List<String> list, String option) {
        List<InternetAddress> out = new ArrayList<>();
        for (String item : list) {
            if (item == null || item.isBlank()) continue;
            try {
                for (InternetAddress a : InternetAddress.parse(item, true)) {
                    a.validate();
                    if (a.getPersonal() != null) a.setPersonal(a.getPersonal(), "UTF-8");
                    out.add(a);
                }
            } catch (AddressException | UnsupportedEncodingException e) {
                throw new IllegalArgumentException(option + ": '" + item + "' is not an email address ("
                        + (e instanceof AddressException ae ? ae.getMessage() : e.toString()) + ")", e);
            }
        }
        return out;
    }

    /** The message as MIME, ready to send or to write as an {@code .eml} file. */
    public static MimeMessage compose(Message m) {
        try {
            Session session = Session.getInstance(new Properties());
            String seed = digest(m);
            MimeMessage msg = new ReproducibleMessage(session, m.date() == null ? null : seed);
            msg.setFrom(addresses(List.of(m.from()), "--from").get(0));
            msg.setRecipients(jakarta.mail.Message.RecipientType.TO, addresses(m.to(), "--to").toArray(new Address[0]));
            if (!m.cc().isEmpty()) msg.setRecipients(jakarta.mail.Message.RecipientType.CC, addresses(m.cc(), "--cc").toArray(new Address[0]));
            if (!m.bcc().isEmpty()) msg.setRecipients(jakarta.mail.Message.RecipientType.BCC, addresses(m.bcc(), "--bcc").toArray(new Address[0]));
            msg.setSubject(m.subject(), "UTF-8");
            msg.setSentDate(Date.from(m.date() != null ? m.date() : Instant.now()));
            msg.setHeader("X-Mailer", "Dossier");

            MimeMultipart body = multipart("alternative", seed);
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), "UTF-8", "plain");
            body.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), "UTF-8", "html");
            body.addBodyPart(html);

            MimeMultipart mixed = multipart("mixed", seed);
            MimeBodyPart bodyPart = new MimeBodyPart();
            bodyPart.setContent(body);
            mixed.addBodyPart(bodyPart);
            for (Attachment a : m.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.mimeType())));
                part.setFileName(a.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            msg.setContent(mixed);
            msg.saveChanges();
            return msg;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the message: " + e.getMessage(), e);
        }
    }

    /** The message in RFC 5322 form, as an {@code .eml} file holds it (CRLF line ends). */
    public static byte[] toBytes(MimeMessage msg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            msg.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot write the message: " + e.getMessage(), e);
        }
    }

    /** Sends over SMTP; every failure is a {@link DeliveryException} with one line saying what happened. */
    public static void send(MimeMessage msg, Smtp smtp) {
        Properties p = new Properties();
        String protocol = smtp.security() == Security.SSL ? "smtps" : "smtp";
        String k = "mail." + protocol + ".";
        p.put("mail.transport.protocol", protocol);
        p.put(k + "host", smtp.host());
        p.put(k + "port", String.valueOf(smtp.port()));
        p.put(k + "connectiontimeout", String.valueOf(smtp.timeoutMillis()));
        p.put(k + "timeout", String.valueOf(smtp.timeoutMillis()));
        p.put(k + "writetimeout", String.valueOf(smtp.timeoutMillis()));
        p.put(k + "auth", String.valueOf(smtp.user() != null));
        if (smtp.security() == Security.STARTTLS) {
            p.put(k + "starttls.enable", "true");
            p.put(k + "starttls.required", "true");
        }
        if (smtp.security() != Security.NONE) {
            // the server's certificate is checked against its name (Angus does not by default)
            p.put(k + "ssl.checkserveridentity", "true");
            String trust = System.getProperty("dossier.smtp.trust");
            if (trust != null) p.put(k + "ssl.trust", trust);
        }
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport(protocol)) {
            t.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            Address[] all = msg.getAllRecipients();
            t.sendMessage(msg, all);
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException(smtp + ": the server refused the user name or password ("
                    + oneLine(e.getMessage(), "authentication failed") + ")", e);
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            String who = invalid != null && invalid.length > 0 ? join(invalid) : null;
            throw new DeliveryException(smtp + ": " + (who != null ? "the server rejected the recipient " + who : "sending failed")
                    + " (" + oneLine(serverReply(e), "rejected") + "); nothing was sent", e);
        } catch (MessagingException e) {
            throw new DeliveryException(describe(smtp, e), e);
        }
    }

    private static String describe(Smtp smtp, MessagingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof ConnectException) return "cannot connect to " + smtp + " (connection refused)";
            if (cause instanceof UnknownHostException) return "cannot find the mail server '" + smtp.host() + "' (name not found)";
            if (cause instanceof SocketTimeoutException) return smtp + ": no answer within " + smtp.timeoutMillis() / 1000 + " s (timed out)";
            if (cause instanceof javax.net.ssl.SSLException) {
                String m = oneLine(cause.getMessage(), cause.getClass().getSimpleName());
                if (m.contains("PKIX") || m.contains("certification path")) {
                    return smtp + ": TLS failed (the server's certificate is not signed by an authority this Java trusts)";
                }
                if (m.contains("No subject alternative") || m.contains("doesn't match") || m.contains("not match")) {
                    return smtp + ": TLS failed (the server's certificate is for another host name: " + m + ")";
                }
                boolean plain = m.contains("Unrecognized SSL message") || m.contains("Unsupported or unrecognized")
                        || m.contains("Remote host terminated") || m.contains("plaintext");
                return smtp + ": TLS failed (" + m + ")"
                        + (plain && smtp.security() == Security.SSL ? "; the server may want --starttls, or no TLS, rather than --ssl" : "");
            }
        }
        String m = oneLine(e.getMessage(), "sending failed");
        if (m.contains("STARTTLS")) return smtp + ": the server does not offer STARTTLS (" + m + ")";
        return smtp + ": " + m;
    }

    private static String serverReply(SendFailedException e) {
        Exception next = e.getNextException();
        while (next instanceof MessagingException me && me.getNextException() != null) next = me.getNextException();
        return next != null ? next.getMessage() : e.getMessage();
    }

    private static String join(Address[] addresses) {
        List<String> s = new ArrayList<>();
        for (Address a : addresses) s.add(a instanceof InternetAddress ia ? ia.getAddress() : a.toString());
        return String.join(", ", s);
    }

    private static String oneLine(String s, String otherwise) {
        if (s == null || s.isBlank()) return otherwise;
        return s.strip().lines().findFirst().orElse(otherwise).strip();
    }

    /** A multipart whose boundary is derived from the message's content, not from the clock. */
    private static MimeMultipart multipart(String subtype, String seed) {
        return new FixedMultipart(subtype, "=_dossier_" + subtype + "_" + seed.substring(0, 24));
    }

    private static final class FixedMultipart extends MimeMultipart {
        FixedMultipart(String subtype, String boundary) {
            super(subtype);
            ContentType type = new ContentType("multipart", subtype, null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }

    private static String digest(Message m) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(String.valueOf(m.from()), String.join(",", m.to()), String.join(",", m.cc()),
                    String.join(",", m.bcc()), m.subject(), m.text(), m.html(), String.valueOf(m.date()))) {
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Attachment a : m.attachments()) {
                sha.update(a.fileName().getBytes(StandardCharsets.UTF_8));
                sha.update(a.bytes());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID comes from its content when its date is fixed. */
    private static final class ReproducibleMessage extends MimeMessage {
        private final String seed;

        ReproducibleMessage(Session session, String seed) {
            super(session);
            this.seed = seed;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (seed == null) super.updateMessageID();
            else setHeader("Message-ID", "<" + seed.substring(0, 32) + ".dossier@localhost>");
        }
    }
}
