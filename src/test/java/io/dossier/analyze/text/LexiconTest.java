package io.dossier.analyze.text;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    private static final Path FOLDER = Path.of("src/main/resources/lexicon");

    @Test
    void everyListLoadsAndSaysWhatItIsWhereItCameFromAndItsLicence() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() > 30, "lexicon lists found: " + files.size());
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            assertFalse(Lexicon.list(name).isEmpty(), name + " is empty");
            List<String> header = Files.readAllLines(f).stream().takeWhile(l -> l.startsWith("#")).toList();
            String h = String.join(" ", header).toLowerCase(Locale.ROOT);
            assertTrue(header.size() >= 2 && h.contains("source") && h.contains("licen"),
                    name + ": the header should say what the list is for, its source and its licence");
        }
    }

    @Test
    void thePreloadIndexNamesEveryListAnalysisReads() throws IOException {
        Set<String> expected;
        try (Stream<Path> s = Files.list(FOLDER)) {
            expected = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> !n.equals("index")).collect(Collectors.toSet());
        }
        assertEquals(expected, Lexicon.words("index"), "lexicon/index.txt should name every list analysis reads");
        Lexicon.preload();
    }

    @Test
    void aRepeatedEntryIsRefusedWithItsLines() {
        String text = "# header\nsaid\ntold\n  said \n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.parse("lexicon/x.txt", new BufferedReader(new StringReader(text))));
        assertEquals("lexicon/x.txt:4: \"said\" is already on line 2; a list holds each entry once", e.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreNotEntries() throws IOException {
        String text = "# header\n\nsaid\n# a section\n told\n";
        assertEquals(List.of("said", "told"), Lexicon.parse("x", new BufferedReader(new StringReader(text))));
    }

    @Test
    void sharedListsAndTheirForms() {
        assertEquals(12, Lexicon.MONTHS.size());
        assertEquals("january", Lexicon.MONTHS.get(0));
        assertTrue(Lexicon.prefixes(Lexicon.MONTHS, 3).contains("sep"));
        assertTrue(Lexicon.dotted(Lexicon.TITLE_ABBREVIATIONS).contains("sen."));
        assertTrue(Lexicon.NAME_PARTICLES.contains("von"));
    }

    @Test
    void compromiseOrganizationsAreLoadableAndItsHeadWordsMergeWithOurs() {
        assertEquals(350, Lexicon.knownOrganizations().size());
        assertTrue(Lexicon.knownOrganizations().contains("associated press"));
        var words = Lexicon.organizationWords();
        assertTrue(words.contains("party"), "ours");
        assertTrue(words.contains("academy"), "compromise's");
        assertTrue(words.containsAll(Lexicon.words("organization-heads")));
        assertTrue(words.containsAll(Lexicon.words("compromise-organization-words")));
        assertTrue(words.size() < Lexicon.list("organization-heads").size()
                + Lexicon.list("compromise-organization-words").size(), "shared words count once");
    }
}
