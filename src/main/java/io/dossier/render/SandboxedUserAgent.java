package io.dossier.render;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.util.ImageUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Flying Saucer's user agent with every door but one shut: style sheets, fonts and images come
 * only from files the {@link ResourcePolicy} allows, images only as PNG, JPEG or GIF (an SVG
 * goes to {@link #svg}, which reads it for {@link SvgImage}'s locked-down Batik), and no URL is ever opened — the methods
 * that would open a connection refuse outright, whatever calls them.
 */
final class SandboxedUserAgent extends ITextUserAgent {

    /**
     * Flying Saucer's own default style sheet for XHTML (block elements, lists, tables), which it
     * reads before the document's: the one resource outside the folder we load, and only the rules
     * that can match this document's elements ({@link UserAgentSheet}).
     */
    private static final java.net.URL DEFAULT_CSS = UserAgentSheet.URL;

    private final ResourcePolicy policy;
    private final java.util.Set<String> refused = new java.util.HashSet<>();
    /** The local names of the document's elements, for the default sheet. */
    private final java.util.Set<String> elements;

    SandboxedUserAgent(ITextOutputDevice device, int dotsPerPixel, ResourcePolicy policy, java.util.Set<String> elements) {
        super(device, dotsPerPixel);
        this.policy = policy;
        this.elements = elements;
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        String resolved = resolveURI(uri);
        if (DEFAULT_CSS != null && DEFAULT_CSS.toString().equals(resolved)) {
            return new java.io.ByteArrayInputStream(UserAgentSheet.forElements(elements));
        }
        Path file = allowed(resolved);
        if (file == null) return null;
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        InputStream in = resolveAndOpenStream(uri);
        if (in == null) throw new IOException("not loaded: " + uri);
        return in;
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw new IOException("templates may not open connections: " + uri);
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (ImageUtil.isEmbeddedBase64Image(uri)) {
            byte[] bytes;
            try {
                bytes = ImageUtil.getEmbeddedBase64Image(uri);
            } catch (RuntimeException e) {
                bytes = null;
            }
            if (bytes != null && isRaster(bytes)) return super.getImageResource(uri);
            refuse(uri, "embedded images are PNG, JPEG or GIF only");
            return new ImageResource(uri, null);
        }
        Path file = allowed(resolveURI(uri));
        if (file == null) return new ImageResource(uri, null);
        if (!isRaster(head(file))) {
            refuse(uri, "images are PNG, JPEG or GIF only");
            return new ImageResource(uri, null);
        }
        return super.getImageResource(uri);
    }

    /**
     * The SVG image an {@code <img src>} names, parsed and ready to draw as vectors: a
     * {@code data:image/svg+xml} URI, or an allowed file whose content is SVG; null for anything
     * else (a raster goes the usual way). A broken or hostile SVG is refused, with a note, and left out.
     */
    SvgImage svg(String src) {
        if (src == null || src.isBlank()) return null;
        byte[] bytes;
        String name;
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = src.indexOf(',');
            String header = comma < 0 ? "" : src.substring(5, comma).toLowerCase(java.util.Locale.ROOT);
            if (!header.startsWith(Logo.SVG_TYPE)) return null;
            try {
                bytes = header.endsWith(";base64")
                        ? java.util.Base64.getMimeDecoder().decode(src.substring(comma + 1))
                        : java.net.URLDecoder.decode(src.substring(comma + 1), java.nio.charset.StandardCharsets.UTF_8)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                refuse(src, "not a valid data: URI");
                return null;
            }
            name = "an embedded SVG image";
        } else {
            String resolved = resolveURI(src);
            Path file = resolved == null ? null : policy.allowed(resolved);
            if (file == null) return null; // the raster path refuses it, with its note
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SvgImage.MAX_BYTES + 1);
            } catch (IOException e) {
                return null;
            }
            if (!SvgImage.looksLikeSvg(bytes)) return null;
            name = file.getFileName().toString();
        }
        try {
            return SvgImage.parse(bytes, name);
        } catch (io.dossier.BadInputException e) {
            refuse(src, e.getMessage());
            return null;
        }
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        refuse(uri, "templates may not load other documents");
        return null;
    }

    private Path allowed(String resolved) {
        Path file = policy.allowed(resolved);
        if (file == null) refuse(resolved, "only files inside the templates folder, and the --css files themselves, are loaded");
        return file;
    }

    /** Each refused resource is told once per document, however often the layout asks for it. */
    private void refuse(String uri, String why) {
        if (refused.add(String.valueOf(uri))) policy.refuse(uri, why);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** PNG, JPEG or GIF by their magic numbers; the file name says nothing. */
    static boolean isRaster(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8');
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
        return true;
    }
}
