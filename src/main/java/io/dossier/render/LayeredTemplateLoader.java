package io.dossier.render;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;

/**
 * Templates from a folder laid over the bundled set: a name the folder has comes from the folder,
 * any other from the bundled templates, so a folder may hold any subset of the files. A name
 * under {@code bundled/} ({@code <#include "/bundled/dossier.css">}) always means the bundled
 * file, which lets the bundled main templates include their style sheet and then the folder's.
 */
final class LayeredTemplateLoader implements TemplateLoader {

    static final String BUNDLED = "bundled/";

    private final TemplateLoader folder;
    private final TemplateLoader bundled;

    /** {@code folder} may be null: the bundled set alone. */
    LayeredTemplateLoader(TemplateLoader folder, TemplateLoader bundled) {
        this.folder = folder;
        this.bundled = bundled;
    }

    /** A source and the loader it came from, equal when both are (FreeMarker's cache compares them). */
    private record Source(TemplateLoader loader, Object source) {
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (name.startsWith(BUNDLED)) return wrap(bundled, bundled.findTemplateSource(name.substring(BUNDLED.length())));
        if (folder != null) {
            Object own = folder.findTemplateSource(name);
            if (own != null) return new Source(folder, own);
        }
        return wrap(bundled, bundled.findTemplateSource(name));
    }

    private static Source wrap(TemplateLoader loader, Object source) {
        return source == null ? null : new Source(loader, source);
    }

    @Override
    public long getLastModified(Object source) {
        Source s = (Source) source;
        return s.loader().getLastModified(s.source());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source s = (Source) source;
        return s.loader().getReader(s.source(), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        Source s = (Source) source;
        s.loader().closeTemplateSource(s.source());
    }
}
