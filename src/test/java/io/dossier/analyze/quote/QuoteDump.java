package io.dossier.analyze.quote;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the attributions found in a file: {@code QuoteDump FILE}. A debugging aid. */
public final class QuoteDump {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        for (Attribution a : Statements.of(text)) {
            System.out.printf("%-8s %-22s | %-40s | %-10s | %-30s | %s%n", a.kind(), a.speaker(), a.speakerDescription(), a.cue(), a.pass(),
                    a.text().length() > 90 ? a.text().substring(0, 90) + "…" : a.text());
        }
    }
}
