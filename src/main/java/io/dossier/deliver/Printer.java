package io.dossier.deliver;

import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Sides;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Printing through the JDK's print service ({@code javax.print}), which on Linux and macOS is
 * CUPS: the finished PDF goes to the printer unchanged, as {@link DocFlavor.INPUT_STREAM#PDF}
 * (CUPS takes PDF over IPP and its own filters render it for the device), never re-rasterized
 * through Java2D.
 */
public final class Printer {

    /** Something went wrong printing; the message is one line for a person. */
    public static final class PrintingException extends RuntimeException {
        public PrintingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A print service: its name, whether it is the default, whether it takes PDF. */
    public record Queue(String name, boolean isDefault, boolean takesPdf) {
    }

    private Printer() {
    }

    /** The print services the system offers (CUPS queues), the default one marked. */
    public static List<Queue> queues() {
        PrintService def = PrintServiceLookup.lookupDefaultPrintService();
        List<Queue> out = new ArrayList<>();
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            out.add(new Queue(s.getName(), def != null && def.getName().equals(s.getName()),
                    s.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)));
        }
        return out;
    }

    /**
     * Sends {@code pdf} to the named printer (null: the system's default) as one job of
     * {@code copies} copies, two-sided along the long edge with {@code duplex}; returns the name
     * of the printer it went to.
     */
    public static String print(byte[] pdf, String printer, String jobName, int copies, boolean duplex) {
        PrintService service = find(printer);
        if (!service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            throw new PrintingException("printer '" + service.getName() + "' does not take PDF documents"
                    + " (its driver has no PDF filter)", null);
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(duplex ? Sides.TWO_SIDED_LONG_EDGE : Sides.ONE_SIDED);
        attributes.add(new JobName(jobName, Locale.ROOT));
        DocPrintJob job = service.createPrintJob();
        Doc doc = new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null);
        try {
            job.print(doc, attributes);
        } catch (PrintException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("");
            throw new PrintingException("printer '" + service.getName() + "': the job was refused (" + m + ")", e);
        }
        return service.getName();
    }

    private static PrintService find(String printer) {
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        if (printer == null) {
            PrintService def = PrintServiceLookup.lookupDefaultPrintService();
            if (def != null) return def;
            if (all.length == 0) {
                throw new PrintingException("no printer found: no print service is running or none has a printer"
                        + " (is CUPS running? 'lpstat -r' says)", null);
            }
            throw new PrintingException("no default printer; choose one with --printer (" + names(all) + ")", null);
        }
        for (PrintService s : all) if (s.getName().equals(printer)) return s;
        for (PrintService s : all) if (s.getName().equalsIgnoreCase(printer)) return s;
        throw new PrintingException("no printer named '" + printer + "'"
                + (all.length == 0 ? " (no print service is running, or it has no printers)" : " (there are: " + names(all) + ")"), null);
    }

    private static String names(PrintService[] services) {
        List<String> n = new ArrayList<>();
        for (PrintService s : services) n.add(s.getName());
        return String.join(", ", n);
    }
}
