package io.dossier.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Flying Saucer's cascade (every selector of every style sheet tried on every element) is a
 * fifth of a briefing book's layout, and the layout runs on one thread while the second core
 * idles. This style reference matches ahead of the layout on a helper thread and hands each
 * element its styles (its own and its pseudo-elements': what the box builder asks of every
 * element or block) as the layout reaches it, waiting for one the helper has not reached yet.
 * <p>
 * The helper reads the layout's document only to copy it (plain field reads, the parser having
 * made every node: see {@link LockedXml}) and matches the copy, made in a document of its own (a
 * DOM keeps per-document caches that a read may change); it alone uses the matcher while it runs. Whatever else the layout
 * asks (hover state, a restyle, an element outside the document) waits for the helper to finish and is
 * then answered by the matcher as without this class, so the styles are the same either way.
 */
final class CascadeAhead extends StyleReference {

    /** The pseudo-elements the box builder asks about, for every element or every block. */
    private static final List<String> PSEUDO_ELEMENTS = List.of("before", "after", "first-line", "first-letter");

    /** The styles the box builder asks of an element: its own, and its pseudo-elements' in {@link #PSEUDO_ELEMENTS}' order. */
    private record Styles(CascadedStyle own, CascadedStyle[] pseudo) {
    }

    private final Map<Node, Styles> ready = new ConcurrentHashMap<>();
    private volatile boolean done = true;
    private volatile Thread waiting;

    CascadeAhead(UserAgentCallback userAgent) {
        super(userAgent);
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        awaitDone(); // a previous document's helper
        ready.clear();
        super.setDocumentContext(context, nsh, doc, ui);
        Element root = doc.getDocumentElement();
        if (root == null) return;
        done = false;
        Thread helper = new Thread(() -> matchAll(root), "dossier-cascade");
        helper.setDaemon(true);
        helper.start();
    }

    private void matchAll(Element root) {
        try {
            Document copy = root.getOwnerDocument().getImplementation().createDocument(null, null, null);
            Element copied = (Element) copy.importNode(root, true);
            copy.appendChild(copied);
            match(root, copied);
            io.dossier.Trace.mark("cascade matched ahead");
        } catch (RuntimeException | Error e) {
            // only a head start: the layout asks the matcher itself for what is not ready
        } finally {
            done = true;
            wake();
        }
    }

    /** {@code original} and its descendants in document order (the layout's), matched on {@code copy}. */
    private void match(Element original, Element copy) {
        CascadedStyle[] pseudo = new CascadedStyle[PSEUDO_ELEMENTS.size()];
        for (int i = 0; i < pseudo.length; i++) pseudo[i] = super.getPseudoElementStyle(copy, PSEUDO_ELEMENTS.get(i));
        ready.put(original, new Styles(super.getCascadedStyle(copy, false), pseudo));
        wake();
        for (Node o = original.getFirstChild(), c = copy.getFirstChild(); o != null && c != null;
             o = o.getNextSibling(), c = c.getNextSibling()) {
            if (o instanceof Element oe && c instanceof Element ce) match(oe, ce);
        }
    }

    private void wake() {
        Thread w = waiting;
        if (w != null) LockSupport.unpark(w);
    }

    /** The element's styles once the helper has matched it; null when it never will. */
    private Styles await(Element e) {
        Styles s = ready.get(e);
        if (s != null || done) return s != null ? s : ready.get(e);
        waiting = Thread.currentThread();
        while ((s = ready.get(e)) == null && !done) LockSupport.parkNanos(this, 200_000);
        waiting = null;
        return s != null ? s : ready.get(e);
    }

    private void awaitDone() {
        if (done) return;
        waiting = Thread.currentThread();
        while (!done) LockSupport.parkNanos(this, 200_000);
        waiting = null;
    }

    @Override
    public CascadedStyle getCascadedStyle(Element e, boolean restyle) {
        if (e != null && !restyle) {
            Styles s = await(e);
            if (s != null) return s.own();
        }
        awaitDone();
        return super.getCascadedStyle(e, restyle);
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        int i = PSEUDO_ELEMENTS.indexOf(pseudoElement);
        if (node instanceof Element e && i >= 0) {
            Styles s = await(e);
            if (s != null) return s.pseudo()[i];
        }
        awaitDone();
        return super.getPseudoElementStyle(node, pseudoElement);
    }

    @Override
    public boolean isHoverStyled(Element e) {
        awaitDone();
        return super.isHoverStyled(e);
    }

    @Override
    public Map<String, CSSPrimitiveValue> getCascadedPropertiesMap(Element e) {
        awaitDone();
        return super.getCascadedPropertiesMap(e);
    }
}
