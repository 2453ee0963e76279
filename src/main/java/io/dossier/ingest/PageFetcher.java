package io.dossier.ingest;

import io.dossier.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one web page with the JDK's HTTP client: at most {@value #MAX_REDIRECTS} redirects,
 * one time limit for the whole exchange, the size limit applied while reading (a huge page is
 * never held in memory), only {@code text/html}, gzip understood, and a plain User-Agent that
 * names the tool. Every failure is a one-line {@link BadInputException} naming the address.
 */
final class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Dossier/0.1 (news article to PDF briefing dossier; Java HttpClient)";
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /** A fetched page: the address it came from after redirects, its bytes, and its charset when the server or page named one. */
    record Page(URI finalUri, byte[] body, Charset charset) {
    }

    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient client;

    PageFetcher(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        // redirects are followed here, not by the client, to count them and to refuse a change to a non-web scheme
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    Page fetch(String address) {
        URI uri = parse(address);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(uri, address, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                if (hop == MAX_REDIRECTS) throw new BadInputException(address + ": more than " + MAX_REDIRECTS + " redirects");
                String location = response.headers().firstValue("location").orElseThrow(
                        () -> new BadInputException(address + ": the server answered " + status + " without saying where to"));
                uri = uri.resolve(location.strip());
                if (!isWeb(uri)) throw new BadInputException(address + ": redirected to " + uri + ", which is not a web address");
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw new BadInputException(address + ": the server answered " + status + reason(status));
            }
            String type = response.headers().firstValue("content-type").orElse("");
            String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
                closeQuietly(response.body());
                throw new BadInputException(address + ": is not a web page (" + (mime.isEmpty() ? "no content type" : mime)
                        + "); only text/html is read");
            }
            byte[] body = readBody(response, address);
            return new Page(uri, body, charset(type, body));
        }
    }

    private HttpResponse<InputStream> send(URI uri, String address, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut(address);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").header("Accept-Encoding", "gzip").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) { // connect timeouts included
            throw timedOut(address);
        } catch (ConnectException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof UnknownHostException || cause.getCause() instanceof UnknownHostException)
                throw new BadInputException(address + ": cannot find the host '" + uri.getHost() + "' (name not found)", e);
            throw new BadInputException(address + ": cannot connect to " + hostAndPort(uri) + " (connection refused)", e);
        } catch (UnknownHostException e) {
            throw new BadInputException(address + ": cannot find the host '" + uri.getHost() + "' (name not found)", e);
        } catch (IOException e) {
            throw new BadInputException(address + ": cannot fetch (" + oneLine(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(address + ": interrupted while fetching", e);
        }
    }

    private byte[] readBody(HttpResponse<InputStream> response, String address) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        boolean gzip = response.headers().firstValue("content-encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
        if (declared > maxBytes && !gzip) {
            closeQuietly(response.body());
            throw tooLarge(address);
        }
        try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return BoundedRead.all(in, maxBytes, () -> tooLarge(address));
        } catch (HttpTimeoutException e) {
            throw timedOut(address);
        } catch (IOException e) {
            if (e.getCause() instanceof HttpTimeoutException) throw timedOut(address);
            throw new BadInputException(address + ": cannot read the page (" + oneLine(e) + ")", e);
        }
    }

    /** The charset the Content-Type header names, else the one a {@code <meta>} near the top names, else null (guessed later). */
    static Charset charset(String contentType, byte[] body) {
        Charset c = named(CHARSET.matcher(contentType));
        if (c != null) return c;
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        return named(META_CHARSET.matcher(head));
    }

    private static Charset named(Matcher m) {
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null; // an unknown name: decode as for a file
        }
    }

    static boolean isWeb(URI uri) {
        String s = uri.getScheme();
        return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https")) && uri.getHost() != null;
    }

    private static URI parse(String address) {
        try {
            URI uri = new URI(address.strip());
            if (!isWeb(uri)) throw new BadInputException(address + ": not a web address (use http:// or https://)");
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new BadInputException(address + ": not a valid web address (" + e.getReason() + ")");
        }
    }

    private BadInputException tooLarge(String address) {
        return new BadInputException(address + ": larger than the " + ArticleReader.humanSize(maxBytes) + " size limit for one article");
    }

    private BadInputException timedOut(String address) {
        return new BadInputException(address + ": no answer within " + timeout.toSeconds() + " s (timed out)");
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> " (Unauthorized)";
            case 403 -> " (Forbidden)";
            case 404 -> " (Not Found)";
            case 410 -> " (Gone)";
            case 429 -> " (Too Many Requests)";
            case 500 -> " (Internal Server Error)";
            case 502 -> " (Bad Gateway)";
            case 503 -> " (Service Unavailable)";
            default -> "";
        };
    }

    private static String hostAndPort(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it
        }
    }
}
