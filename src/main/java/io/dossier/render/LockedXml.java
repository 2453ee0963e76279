package io.dossier.render;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The one way Dossier parses XML a user may have written (filled templates, SVG logos): the JDK's own parser, with
 * every way out of the file shut — no DOCTYPE, no entities, no external DTD or schema, no XInclude.
 */
final class LockedXml {

    private LockedXml() {
    }

    /** A new builder (not thread-safe: keep one per thread) reporting to {@code errors}. */
    static DocumentBuilder builder(ErrorHandler errors) {
        try {
            // newDefaultInstance: the JDK's parser, without the service lookup over the classpath newInstance() makes
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(errors);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXParseException("external entities are not loaded: " + systemId, null);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
