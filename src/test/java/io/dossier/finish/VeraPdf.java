package io.dossier.finish;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/** veraPDF, the PDF Association's reference validator, run in-process on PDF bytes. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failed rules ("6.2.11.4.2-1: ...") of {@code pdf} against PDF/A-{part}b; empty when compliant. */
    public static Set<String> failures(byte[] pdf, int part) {
        PDFAFlavour flavour = part == 3 ? PDFAFlavour.PDFA_3_B : PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new LinkedHashSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]");
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) failed.add("not compliant (no failed assertion listed)");
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e, e);
        }
    }
}
