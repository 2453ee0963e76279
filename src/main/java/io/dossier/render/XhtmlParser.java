package io.dossier.render;

import io.dossier.BadInputException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a filled template into a DOM without letting it reach outside itself: DOCTYPE
 * declarations are refused (that is where external and recursive entities live), no external
 * entity, DTD or XInclude is resolved, and parse errors become one line naming the template
 * instead of the parser's own {@code [Fatal Error]} on stderr. The bare HTML5
 * {@code <!DOCTYPE html>}, which declares nothing, is allowed: templates copied from older sets
 * start with it.
 */
final class XhtmlParser {

    private static final Pattern HTML5_DOCTYPE = Pattern.compile("\\A(\\s*(?:<!--.*?-->\\s*)*)<!DOCTYPE\\s+html\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private static final ThreadLocal<DocumentBuilder> XML = ThreadLocal.withInitial(() -> LockedXml.builder(SILENT));

    private XhtmlParser() {
    }

    /** {@code template} names the template in error messages. */
    static Document parse(String xhtml, String template) {
        try {
            return XML.get().parse(new InputSource(new StringReader(withoutHtml5Doctype(xhtml))));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) message = "DOCTYPE declarations are not allowed (only <!DOCTYPE html>)";
            throw new BadInputException(template + ": the filled template is not well-formed XHTML (line "
                    + e.getLineNumber() + " of its output): " + message, e);
        } catch (Exception e) {
            throw new BadInputException(template + ": cannot parse the filled template: " + e.getMessage(), e);
        }
    }

    /** Blanks a leading {@code <!DOCTYPE html>} (keeping line numbers), which declares nothing. */
    private static String withoutHtml5Doctype(String xhtml) {
        Matcher m = HTML5_DOCTYPE.matcher(xhtml);
        if (!m.find()) return xhtml;
        return m.group(1) + " ".repeat(m.end() - m.end(1)) + xhtml.substring(m.end());
    }
}
