package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.deliver.Letter;
import io.dossier.deliver.Mailer;
import io.dossier.render.TemplateEngine;
import jakarta.mail.internet.MimeMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "email", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = {"Make the dossier (or a briefing book, or render an Analysis JSON) and email it.",
                "One message: the bottom line, key points, key quotes and top actors as text and HTML, "
                        + "the PDF attached. The PDF is written to out/ as by 'build', whatever happens to the email.",
                "SMTP settings can live in dossier.properties (smtp, starttls, ssl, from; user, password-env and "
                        + "password-file only in your own ~/.config/dossier/ one, never in a working folder's); "
                        + "a password is never given on the command line."},
        footer = {"", "Examples:",
                "  dossier email samples/cairo-talks.txt --to desk@example.org \\",
                "      --smtp mail.example.org:587 --starttls \\",
                "      --user desk --password-env SMTP_PASSWORD",
                "  dossier email a.txt b.md --to 'Desk <desk@example.org>' --subject 'Brief'",
                "  dossier email article.txt --to desk@example.org --eml draft.eml  # no sending"})
final class EmailCommand extends MakeCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "ADDR[,ADDR]", required = true,
            description = "Recipients ('Name <a@b>' or a@b; several separated by commas, or the option repeated).")
    List<String> to;

    @Option(names = "--cc", paramLabel = "ADDR[,ADDR]", description = "Copy recipients.")
    List<String> cc = new ArrayList<>();

    @Option(names = "--bcc", paramLabel = "ADDR[,ADDR]", description = "Blind-copy recipients (not in the message's headers).")
    List<String> bcc = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDR", description = "Sender (default: from in dossier.properties, else USER@HOST).")
    String from;

    @Option(names = "--subject", paramLabel = "TEXT", description = "Subject (default: \"Briefing: TITLE\").")
    String subject;

    @Option(names = "--smtp", paramLabel = "HOST[:PORT]",
            description = "SMTP server (default: localhost; port 25, 587 with --starttls, 465 with --ssl).")
    String smtp;

    @Option(names = "--starttls", description = "Upgrade the connection with STARTTLS (required; fails if the server does not offer it).")
    boolean starttls;

    @Option(names = "--ssl", description = "TLS from the start (SMTPS, usually port 465).")
    boolean ssl;

    @Option(names = "--user", paramLabel = "U", description = "Log in as U (with the password from --password-env or --password-file).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Take the SMTP password from environment variable VAR.")
    String passwordEnv;

    @Option(names = "--password-file", paramLabel = "F", description = "Take the SMTP password from the first line of file F.")
    Path passwordFile;

    @Option(names = "--eml", paramLabel = "FILE", description = "Write the message to FILE (a draft any mail client opens) instead of sending it.")
    Path eml;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a silent server after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        Term term = main.term;
        if (starttls && ssl) throw new CommandLine.ParameterException(spec.commandLine(), "--starttls and --ssl: choose one");
        // Everything the user typed is checked before the dossier is made.
        List<String> toList = to, ccList = cc, bccList = bcc;
        String sender = from != null ? from : defaultSender();
        try {
            if (Mailer.addresses(toList, "--to").isEmpty()) throw new BadInputException("--to: no recipient given");
            Mailer.addresses(ccList, "--cc");
            Mailer.addresses(bccList, "--bcc");
            Mailer.addresses(List.of(sender), "--from");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Mailer.Smtp server = eml != null ? null : server();
        if (eml != null) FileClash.refuse(Inputs.files(inputs), List.of(new FileClash.Planned(eml, "the message", "--eml")));

        Pipeline.Made made = make(false);
        TemplateEngine templates = common.templateEngine(term::verbose);
        String title = made.title();
        String subj = subject != null ? subject : "Briefing: " + title;
        String fileName = made.fileName();
        String generated = made.dossiers().get(0).generatedAt();
        String lede = made.book() ? made.dossiers().size() + " articles"
                : String.join(" · ", nonNull(made.dossiers().get(0).source(), made.dossiers().get(0).date()));
        Letter letter = new Letter(subj, made.options().marking(), title, lede, made.book(), made.dossiers(),
                fileName, attachJson, generated);
        String html = templates.fill("email/message.ftlh", "m", letter);
        String text = templates.fill("email/message.txt.ftl", "m", letter);
        List<Mailer.Attachment> files = new ArrayList<>();
        files.add(new Mailer.Attachment(fileName, "application/pdf", made.pdf()));
        if (attachJson) {
            for (int i = 0; i < made.analyses().size(); i++) {
                files.add(new Mailer.Attachment(made.names().get(i) + ".json", "application/json", Pipeline.json(made.analyses().get(i))));
            }
        }
        Instant date = sourceDate();
        MimeMessage message = Mailer.compose(new Mailer.Message(sender, toList, ccList, bccList, subj, text, html, files, date));
        if (eml != null) {
            // Bcc recipients are kept in a draft (the sender's own copy), as mail clients do.
            AtomicFile.write(eml, Mailer.toBytes(message));
            term.out.println(Term.escape(eml.toString()));
            term.out.flush();
            return Main.OK;
        }
        try {
            Mailer.send(message, server);
        } catch (Mailer.DeliveryException e) {
            if (main.debug) e.printStackTrace(term.err);
            term.error(e.getMessage() + (made.target() != null ? "; the PDF is in " + made.target() : ""));
            return Main.FAILED;
        }
        int n = toList.size() + ccList.size() + bccList.size();
        term.warning("sent '" + subj + "' to " + String.join(", ", Mailer.addresses(toList, "--to").stream().map(a -> a.getAddress()).toList())
                + (n > toList.size() ? " and " + (n - toList.size()) + " more" : "") + " via " + server);
        return Main.OK;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v);
        return out;
    }

    private Mailer.Smtp server() {
        String hostPort = smtp == null || smtp.isBlank() ? "localhost" : smtp.strip();
        String host = hostPort;
        int port = ssl ? 465 : starttls ? 587 : 25;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]") && hostPort.indexOf(':') == colon) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) throw new BadInputException("--smtp: '" + hostPort + "' has no valid port (use HOST:PORT)");
        }
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (passwordEnv != null && passwordFile != null) {
            throw new BadInputException("--password-env and --password-file: choose one");
        }
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) throw new BadInputException("--password-env: the environment variable " + passwordEnv + " is not set");
        } else if (passwordFile != null) {
            try {
                password = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new BadInputException(passwordFile + ": cannot read the password file (" + e.getMessage() + ")", e);
            }
        }
        if (password != null && user == null) throw new BadInputException("--user: a password was given but no user name");
        if (user != null && password == null) {
            throw new BadInputException("--user " + user + ": no password (use --password-env VAR or --password-file F)");
        }
        Mailer.Security security = ssl ? Mailer.Security.SSL : starttls ? Mailer.Security.STARTTLS : Mailer.Security.NONE;
        return new Mailer.Smtp(host, port, security, user, password, Math.max(1, timeoutSeconds) * 1000);
    }

    private static String defaultSender() {
        String user = System.getProperty("user.name", "dossier");
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        if (!host.contains(".")) host = host + ".localdomain";
        return user + "@" + host;
    }

    /** SOURCE_DATE_EPOCH fixes the message's Date (and so its Message-ID and boundaries): a reproducible .eml. */
    private static Instant sourceDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : null;
    }
}
