package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.analyze.Analyzer;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A briefing book's articles are analysed several at a time, and the book is the same as one analysed one after another. */
class BookAnalysisTest {

    @TempDir
    Path dir;

    /** Twelve different articles: the project's three and recombinations of their paragraphs (PolNeAR texts when the shared corpus is there). */
    private List<Path> articles() {
        List<Path> files = new ArrayList<>(List.of(TestArticles.SAMPLE, TestArticles.RAFAH, TestArticles.CEASEFIRE));
        files.addAll(TestArticles.polnear(4));
        files.addAll(TestArticles.write(dir.resolve("in"), 12 - files.size()));
        return files;
    }

    @Test
    void eachArticleOfABookHasItsOwnAnalysisInItsPlace() throws IOException {
        List<Path> inputs = articles();
        List<String> args = new ArrayList<>(List.of("build"));
        inputs.forEach(p -> args.add(p.toString()));
        Path analyses = dir.resolve("analyses");
        args.addAll(List.of("-o", dir.resolve("book.pdf").toString(), "--json", analyses.toString()));
        Cli book = Cli.run(args.toArray(String[]::new));
        assertEquals(0, book.status(), book.toString());

        for (Path input : inputs) {
            Cli alone = Cli.run("analyze", input.toString());
            assertEquals(0, alone.status(), alone.toString());
            String name = OutputNames.stem(input) + ".json";
            assertEquals(alone.out(), Files.readString(analyses.resolve(name)), input + " is " + name + " in the book");
        }
    }

    @Test
    void theAnalysesComeBackInTheArticlesOrderWhateverThreadMadeThem() {
        List<Article> articles = new ArrayList<>();
        for (Path p : articles()) articles.add(new ArticleReader().read(p));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Analysis> parallel = ParallelAnalysis.of(articles, (i, a) -> {
            threads.add(Thread.currentThread().getName());
            return new Analyzer().analyze(a);
        });
        assertEquals(articles.size(), parallel.size());
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(AnalysisJson.write(new Analyzer().analyze(articles.get(i))), AnalysisJson.write(parallel.get(i)), "article " + i);
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() > 1, "analysed on " + threads);
        }
    }

    @Test
    void theFirstFailingArticleInInputOrderIsTheOneReported() {
        List<Article> articles = new ArrayList<>();
        for (Path p : articles()) articles.add(new ArticleReader().read(p));
        // Articles 3 and 7 fail; 7 is short work and may well fail first.
        BadInputException e = assertThrows(BadInputException.class, () -> ParallelAnalysis.of(articles, (i, a) -> {
            if (i == 7) throw new BadInputException("article 7: cannot be analysed");
            Analysis analysis = new Analyzer().analyze(a);
            if (i == 3) throw new BadInputException("article 3: cannot be analysed");
            return analysis;
        }));
        assertEquals("article 3: cannot be analysed", e.getMessage());
    }
}
