package io.dossier.render;

import io.dossier.BadInputException;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An SVG image (a logo) drawn as vector graphics: parsed without DOCTYPE, entities or XInclude,
 * checked for size and for how far its {@code <use>} references multiply it, then built by Batik
 * into a graphics tree that paints into the PDF's Graphics2D — paths stay paths, text stays
 * shapes or text, nothing becomes pixels but what the SVG itself holds as pixels (an embedded
 * bitmap, a filter). The SVG is hostile: no script runs (Batik's static mode, scripts refused), no
 * file or address is opened (only {@code data:} bitmaps inside it are read), and its work
 * is bounded by {@link #MAX_BYTES} and {@link #MAX_NODES}.
 */
final class SvgImage implements Drawable {

    /** The largest SVG read: a logo is a few KB, a detailed one a few hundred. */
    static final int MAX_BYTES = 1024 * 1024;
    /** The most elements an SVG may draw, each {@code <use>} counted as what it copies. */
    static final int MAX_NODES = 20_000;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** The address the SVG document is given: no file, no host. */
    private static final String NOWHERE = "file:/dossier-svg-has-no-address/image.svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private final GraphicsNode root;
    private final double width;
    private final double height;

    private SvgImage(GraphicsNode root, double width, double height) {
        this.root = root;
        this.width = width;
        this.height = height;
    }

    /** Its size in CSS pixels, from its width and height or else its viewBox. */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Whether {@code bytes} look like SVG: XML whose first element is {@code <svg>}. */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<svg") && !head.startsWith("%PDF");
    }

    /** Parses and builds the SVG; {@code name} names it in errors, which are one line each. */
    static SvgImage parse(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) throw new BadInputException(name + ": larger than the 1 MB limit for an SVG image");
        Document plain;
        try {
            plain = PARSER.get().parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) m = "DOCTYPE declarations are not allowed in an SVG image";
            throw new BadInputException(name + ": not a well-formed SVG image (" + m + ")", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        Element svg = plain.getDocumentElement();
        if (!"svg".equals(svg.getLocalName()) || !SVG_NS.equals(svg.getNamespaceURI())) {
            throw new BadInputException(name + ": not an SVG image (its root element is <" + svg.getNodeName()
                    + ">, not <svg xmlns=\"" + SVG_NS + "\">)");
        }
        new Budget(plain, name).check(svg);
        Document doc = DOMUtilities.deepCloneDocument(plain, SVGDOMImplementation.getDOMImplementation());
        // Batik's style sheets want a document address (a <style> element fails without one); this one
        // names nothing: every reference but data: is refused whatever it resolves against.
        ((org.apache.batik.anim.dom.SVGOMDocument) doc).setParsedURL(new ParsedURL(NOWHERE));
        Agent agent = new Agent();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        try {
            GraphicsNode root = new GVTBuilder().build(context, doc);
            Dimension2D size = context.getDocumentSize();
            if (size == null || size.getWidth() <= 0 || size.getHeight() <= 0) {
                throw new BadInputException(name + ": the SVG image has no size (give its <svg> a width and height or a viewBox)");
            }
            return new SvgImage(root, size.getWidth(), size.getHeight());
        } catch (RuntimeException e) {
            if (e instanceof BadInputException) throw e;
            boolean refused = e instanceof SecurityException || e.getCause() instanceof SecurityException
                    || e instanceof BridgeException b && "uri.unsecure".equals(b.getCode())
                    || String.valueOf(e.getMessage()).contains("security settings do not allow");
            if (refused) {
                throw new BadInputException(name + ": the SVG image refers to something outside itself; an SVG image may load"
                        + " nothing (only PNG, JPEG or GIF data: URIs inside it)", e);
            }
            throw new BadInputException(name + ": cannot draw the SVG image (" + reason(e.getMessage()) + ")", e);
        } finally {
            context.dispose();
        }
    }

    /** Draws the image into {@code area}, keeping its proportions, centred. */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        AffineTransform saved = g.getTransform();
        try {
            g.translate(area.getX() + (area.getWidth() - width * scale) / 2, area.getY() + (area.getHeight() - height * scale) / 2);
            g.scale(scale, scale);
            root.paint(g);
        } finally {
            g.setTransform(saved);
        }
    }

    /** The first line of Batik's message that says something: it starts with the document's address and line. */
    private static String reason(String s) {
        if (s == null) return "no reason given";
        String line = s.strip().lines().filter(l -> !l.isBlank() && !l.startsWith(NOWHERE)).findFirst().orElse(s.strip());
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Counts what the SVG draws, each {@code <use>} as the element it copies, so that nested
     * references cannot multiply a small file into millions of shapes; a reference cycle is refused.
     */
    private static final class Budget {
        private final Map<String, Element> byId = new HashMap<>();
        private final Map<Element, Long> counted = new HashMap<>();
        private final java.util.Set<Element> open = new java.util.HashSet<>();
        private final String name;

        Budget(Document doc, String name) {
            this.name = name;
            index(doc.getDocumentElement());
        }

        private void index(Element e) {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) byId.putIfAbsent(id, e);
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) index(c);
        }

        void check(Element svg) {
            long nodes = count(svg);
            if (nodes > MAX_NODES) {
                throw new BadInputException(name + ": the SVG image draws " + (nodes >= Long.MAX_VALUE / 2 ? "too many" : nodes)
                        + " elements (at most " + MAX_NODES + ", each <use> counted as what it copies)");
            }
        }

        private long count(Element e) {
            Long known = counted.get(e);
            if (known != null) return known;
            if (!open.add(e)) throw new BadInputException(name + ": the SVG image's references go round in a circle");
            long n = 1;
            if ("use".equals(e.getLocalName())) {
                String href = e.getAttributeNS(XLINK_NS, "href");
                if (href.isEmpty()) href = e.getAttribute("href");
                if (href.startsWith("#")) {
                    Element target = byId.get(href.substring(1));
                    if (target != null) n = add(n, count(target));
                }
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) n = add(n, count(child));
                if (n > MAX_NODES) break;
            }
            open.remove(e);
            counted.put(e, n);
            return n;
        }

        private static long add(long a, long b) {
            long s = a + b;
            return s < 0 ? Long.MAX_VALUE / 2 : s;
        }
    }

    private static final java.util.Set<String> RASTERS = java.util.Set.of("image/png", "image/jpeg", "image/gif");

    /** Batik's user agent with scripts and every external resource refused; {@code data:} bitmaps are the image's own. */
    private static final class Agent extends UserAgentAdapter {
        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            // a bitmap the SVG carries in itself; never a document (an SVG or XML in a data: URI would
            // be parsed by Batik's own parser, not by ours)
            if (resourceURL != null && "data".equalsIgnoreCase(resourceURL.getProtocol())
                    && RASTERS.contains(String.valueOf(resourceURL.getContentType()).toLowerCase(java.util.Locale.ROOT))) {
                return new EmbededExternalResourceSecurity(resourceURL);
            }
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public boolean isXMLParserValidating() {
            return false;
        }

        @Override
        public String getDefaultFontFamily() {
            return FontLibrary.SANS;
        }

        @Override
        public void displayError(Exception e) {
            if (e instanceof RuntimeException r) throw r;
            throw new BridgeException(null, null, e, "error", new Object[]{String.valueOf(e.getMessage())});
        }

        @Override
        public void displayMessage(String message) {
        }

        @Override
        public void loadDocument(String url) {
        }
    }

    /** A strict parser: an error in the SVG is a refusal, not a repair. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> LockedXml.builder(
            new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            }));
}
