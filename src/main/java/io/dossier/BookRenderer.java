package io.dossier;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.dossier.chart.ActorChart;
import io.dossier.compose.Book;
import io.dossier.compose.BookComposer;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.model.Analysis;
import io.dossier.render.PdfTypesetter;
import org.jfree.chart.ui.Drawable;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several analyses → one briefing-book PDF: compose ({@link BookComposer}) → charts (one
 * actor chart per article and one over all of them) → fill {@code templates/book.ftlh} →
 * typeset → finish. Thread-safe.
 * <p>
 * With a templates folder, templates missing from it (e.g. the {@code book-*.ftlh}
 * partials in an older custom folder) come from the bundled set.
 */
public final class BookRenderer {

    public static final String MAIN_TEMPLATE = "book.ftlh";

    private static final Map<String, Configuration> CONFIGS = new ConcurrentHashMap<>();

    private final Configuration config;
    private final String where;
    private final BookComposer composer = new BookComposer();
    private final PdfTypesetter typesetter = new PdfTypesetter();
    private final PdfFinisher finisher = new PdfFinisher();

    /** @param templates folder of templates, or null for the bundled ones */
    public BookRenderer(Path templates) {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new BadInputException(templates + ": templates folder not found");
        }
        String key = templates == null ? "" : templates.toAbsolutePath().normalize().toString();
        this.config = CONFIGS.computeIfAbsent(key, k -> configure(templates));
        this.where = templates == null ? "templates/" : (templates.toString().endsWith("/") ? templates.toString() : templates + "/");
    }

    /** The finished PDF and the book it shows. */
    public record Rendered(byte[] pdf, Book book) {
    }

    public Rendered render(List<Analysis> analyses, ComposeOptions options, String title) {
        Book book = composer.compose(analyses, options, title);
        Map<String, Drawable> charts = new HashMap<>();
        for (Book.Entry e : book.articles()) {
            if (e.dossier().hasActorChart()) charts.put(e.chart(), ActorChart.of(e.dossier().actors()));
        }
        if (book.hasCombinedChart()) charts.put(Book.COMBINED_CHART, ActorChart.of(book.combinedActors()));
        String xhtml = fill(book);
        byte[] pdf = typesetter.typeset(xhtml, charts).pdf();
        String author = options.author() != null ? options.author() : "Dossier";
        byte[] finished = finisher.finish(pdf, new PdfFinisher.Metadata(book.title(),
                "Briefing book: " + book.articles().size() + " articles",
                book.combinedActors().stream().limit(12).map(Dossier.ActorView::name).toList(),
                author, PdfFinisher.calendar(options.generatedAt())));
        return new Rendered(finished, book);
    }

    String fill(Book book) {
        try {
            StringWriter out = new StringWriter(128 * 1024);
            config.getTemplate(MAIN_TEMPLATE).process(Map.of("b", book), out);
            return out.toString();
        } catch (ParseException e) {
            throw new BadInputException(where + e.getTemplateName() + ":" + e.getLineNumber() + ": "
                    + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : MAIN_TEMPLATE;
            throw new BadInputException(where + file + ":" + e.getLineNumber() + ": "
                    + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot read templates: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String line = s.strip().lines().findFirst().orElse("template error");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Configuration configure(Path folder) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader bundled = new ClassTemplateLoader(BookRenderer.class.getClassLoader(), "templates");
        try {
            c.setTemplateLoader(folder == null ? bundled
                    : new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(folder.toFile()), bundled}));
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot read templates folder", e);
        }
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        return c;
    }
}
