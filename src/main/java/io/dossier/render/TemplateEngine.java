package io.dossier.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.dossier.BadInputException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the Freemarker templates ({@code .ftlh}, HTML auto-escaping on) into XHTML.
 * Templates come from the jar (a copy of the project's {@code templates/}) or from a folder
 * given with {@code --templates}; a template the folder lacks (say the book partials in an
 * older custom set) comes from the bundled ones. Every value is escaped, so article text such as
 * {@code ${x}} or {@code <script>} is shown literally, never interpreted.
 */
public final class TemplateEngine {

    public static final String MAIN_TEMPLATE = "dossier.ftlh";

    private static final Map<Path, Configuration> CONFIGS = new ConcurrentHashMap<>();
    private static final Configuration BUNDLED = configure(null);

    private final Configuration config;
    private final String where;

    /** The bundled templates. */
    public TemplateEngine() {
        this.config = BUNDLED;
        this.where = "templates/";
    }

    /** Templates from a folder; null means the bundled ones. */
    public TemplateEngine(Path folder) {
        if (folder == null) {
            this.config = BUNDLED;
            this.where = "templates/";
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": templates folder not found");
        }
        Path key = folder.toAbsolutePath().normalize();
        this.config = CONFIGS.computeIfAbsent(key, TemplateEngine::configure);
        this.where = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
    }

    /**
     * Parses the bundled main template and the partials and style sheet it includes ahead of
     * use (FreeMarker caches them once parsed), so that a one-shot run does it on another core.
     */
    public static void prepare() {
        try {
            Template main = BUNDLED.getTemplate(MAIN_TEMPLATE);
            Matcher include = INCLUDE.matcher(main.toString());
            while (include.find()) BUNDLED.getTemplate(include.group(1), null, null, include.group(2) == null);
        } catch (IOException e) {
            // the real fill reports it
        }
    }

    /** An include directive in a template's canonical form. */
    private static final Pattern INCLUDE = Pattern.compile("<#include \"([^\"]+)\"( parse=false)?");

    /** The dossier: {@code dossier.ftlh} with the model as {@code d}. */
    public String fill(Object model) {
        return fill(MAIN_TEMPLATE, "d", model);
    }

    /** Any main template, with the model under the given variable name. */
    public String fill(String templateName, String variable, Object model) {
        try {
            Template template = config.getTemplate(templateName);
            StringWriter out = new StringWriter(64 * 1024);
            template.process(Map.of(variable, model), out);
            return out.toString();
        } catch (ParseException e) {
            throw new BadInputException(where + e.getTemplateName() + ":" + e.getLineNumber() + ": "
                    + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
            throw new BadInputException(where + file + ":" + e.getLineNumber() + ": "
                    + firstLine(e.getBlamedExpressionString() != null
                    ? "cannot evaluate ${" + e.getBlamedExpressionString() + "}: " + firstLine(e.getMessageWithoutStackTop())
                    : e.getMessageWithoutStackTop()), e);
        } catch (FileNotFoundException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot read templates: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String line = s.strip().lines().findFirst().orElse("template error");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Configuration configure(Path folder) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader bundled = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
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
