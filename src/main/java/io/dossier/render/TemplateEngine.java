package io.dossier.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.dossier.BadInputException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the Freemarker templates ({@code .ftlh}, HTML auto-escaping on) into XHTML.
 * Templates come from the jar (a copy of the project's {@code templates/}) or from a folder
 * given with {@code --templates} laid over them: a file the folder lacks comes from the bundled
 * set, so a folder may hold only a changed {@code dossier.css}. The bundled main templates
 * include the bundled style sheets and then the folder's own of the same name, then link the
 * {@code --css} files ({@link Look}), so each layer overrides the one before. Every value is escaped, so article text such as
 * {@code ${x}} or {@code <script>} is shown literally, never interpreted.
 *
 * <p>A template folder is untrusted (people download and share them), so templates run in a
 * sandbox: {@code ?new} resolves no class, {@code ?api} is off, the object wrapper shows only
 * the data model's own methods ({@link DataModelOnlyPolicy}), includes stay inside the folder
 * (FreeMarker's file loader refuses {@code ..} and links leading out), and a fill is bounded in
 * time ({@link #DEADLINE_MILLIS}), output size ({@link #MAX_OUTPUT_CHARS}), memory and
 * recursion depth. What the filled XHTML may load is the typesetter's business
 * ({@link ResourcePolicy}).
 */
public final class TemplateEngine {

    public static final String MAIN_TEMPLATE = "dossier.ftlh";

    private static final Map<Path, Configuration> CONFIGS = new ConcurrentHashMap<>();
    private static final Configuration BUNDLED = configure(null);

    /**
     * How long one fill may run, in milliseconds: the bundled dossier of a long article fills in
     * well under 1 s. The system property {@code dossier.template.deadline} changes it.
     */
    static final long DEADLINE_MILLIS = 20_000;
    /** The largest filled document: ten times the XHTML of a 5 MB article's dossier. */
    static final long MAX_OUTPUT_CHARS = 64L * 1024 * 1024;

    private final Configuration config;
    private final String where;
    private final ResourcePolicy resources;
    private final Look look;

    /** The bundled templates. */
    public TemplateEngine() {
        this(null, w -> { });
    }

    /** Templates from a folder; null means the bundled ones. */
    public TemplateEngine(Path folder) {
        this(folder, w -> { });
    }

    /**
     * Templates from a folder (null: the bundled ones); {@code warnings} hears of every resource
     * the filled document asks for and does not get (a URL, a file outside the folder).
     */
    public TemplateEngine(Path folder, Consumer<String> warnings) {
        this(folder, List.of(), warnings, warnings);
    }

    /**
     * Templates from a folder (null: the bundled ones) laid over the bundled set, and style sheets
     * ({@code --css}) laid over every other; {@code notes} hears of every resource the filled
     * document asks for and does not get (a URL, a file outside the folder; shown under -v),
     * {@code warnings} of what the user must know (a font family that is not there).
     */
    public TemplateEngine(Path folder, List<Path> styleSheets, Consumer<String> notes, Consumer<String> warnings) {
        List<String> sheets = new ArrayList<>();
        for (Path css : styleSheets) sheets.add(checkedStyleSheet(css).toUri().toString());
        if (folder == null) {
            this.config = BUNDLED;
            this.where = "templates/";
            this.resources = ResourcePolicy.of(null, styleSheets, notes, warnings);
            this.look = sheets.isEmpty() ? Look.BUNDLED : new Look(null, sheets);
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": templates folder not found");
        }
        if (!holdsATemplate(folder)) {
            throw new BadInputException(folder + ": holds none of the template files (" + MAIN_TEMPLATE + ", "
                    + STYLE_SHEET + ", a partial, ...); 'dossier templates init " + folder + "' copies the bundled set to start from");
        }
        Path key = folder.toAbsolutePath().normalize();
        this.config = CONFIGS.computeIfAbsent(key, TemplateEngine::configure);
        this.where = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
        this.resources = ResourcePolicy.of(key, styleSheets, notes, warnings);
        this.look = new Look(key, sheets);
    }

    /** The bundled style sheet; a folder's own is laid over it. */
    public static final String STYLE_SHEET = "dossier.css";
    /** The largest style sheet read: a hand-written one is a few KB. */
    static final long MAX_STYLE_SHEET_BYTES = 1024 * 1024;

    private static Path checkedStyleSheet(Path css) {
        if (Files.isDirectory(css)) throw new BadInputException(css + ": is a folder, not a style sheet (--css takes a .css file)");
        if (!Files.isRegularFile(css)) throw new BadInputException(css + ": no such style sheet");
        if (!Files.isReadable(css)) throw new BadInputException(css + ": cannot read (permission denied)");
        try {
            if (Files.size(css) > MAX_STYLE_SHEET_BYTES) {
                throw new BadInputException(css + ": larger than the 1 MB limit for a style sheet");
            }
        } catch (IOException e) {
            throw new BadInputException(css + ": cannot read (" + e.getMessage() + ")", e);
        }
        return css.toAbsolutePath().normalize();
    }

    /** A folder with at least one template or style sheet in it or in its {@code email/} folder. */
    private static boolean holdsATemplate(Path folder) {
        for (Path dir : List.of(folder, folder.resolve("email"))) {
            if (!Files.isDirectory(dir)) continue;
            try (var files = Files.newDirectoryStream(dir, "*.{ftlh,ftl,css}")) {
                for (Path f : files) if (Files.isRegularFile(f)) return true;
            } catch (IOException e) {
                throw new BadInputException(dir + ": cannot read templates folder (" + e.getMessage() + ")", e);
            }
        }
        return false;
    }

    /** A template's name as error messages show it ({@code my-templates/dossier.ftlh}). */
    public String describe(String templateName) {
        return where + templateName;
    }

    /** What the typesetter may load for documents these templates fill. */
    public ResourcePolicy resources() {
        return resources;
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
        BoundedWriter out = new BoundedWriter(64 * 1024, MAX_OUTPUT_CHARS);
        long limit = Long.getLong("dossier.template.deadline", DEADLINE_MILLIS);
        try (Deadline deadline = new Deadline(limit)) {
            try {
                Template template = config.getTemplate(templateName);
                template.process(Map.of(variable, model, "look", look), out);
                return out.toString();
            } catch (RuntimeException | TemplateException e) {
                if (deadline.expired()) {
                    throw new BadInputException(where + templateName + ": the template ran for more than "
                            + limit / 1000 + " s (a runaway loop?)", e);
                }
                if (e instanceof SecurityException || e.getCause() instanceof SecurityException) {
                    // FreeMarker's file loader refuses a link that leads out of the folder:
                    // "/abs/folder/cover.ftlh resolves to /etc/passwd which doesn't start with ..."
                    String message = String.valueOf((e instanceof SecurityException ? e : e.getCause()).getMessage());
                    int cut = message.indexOf(" resolves to ");
                    String linked = cut > 0 ? Path.of(message.substring(0, cut)).getFileName().toString() : templateName;
                    throw new BadInputException(where + linked + ": links to a file outside the templates folder;"
                            + " not included", e);
                }
                throw e;
            }
        } catch (BoundedWriter.TooLarge e) {
            throw new BadInputException(where + templateName + ": " + e.getMessage() + " (a runaway loop?)", e);
        } catch (StackOverflowError e) {
            throw new BadInputException(where + templateName + ": the template's macros or functions nest too deeply"
                    + " (endless recursion?)", e);
        } catch (OutOfMemoryError e) {
            // the template's values were its own: unwinding the fill has freed them
            throw new BadInputException(where + templateName + ": the template needs more memory than there is"
                    + " (a runaway loop?)", e);
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
        Configuration c = new InterruptibleConfiguration();
        TemplateLoader bundled = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
        try {
            c.setTemplateLoader(new LayeredTemplateLoader(folder == null ? null : new FileTemplateLoader(folder.toFile()), bundled));
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
        // the sandbox
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(DataModelOnlyPolicy.INSTANCE);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        return c;
    }

    /**
     * A configuration whose templates check the thread's interrupt flag in every loop and macro
     * call (FreeMarker's own thread-interruption support), so that a {@link Deadline} can stop
     * them. Included templates come through here too, each processed once.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null && parseAsFTL) {
                // one lock for the check and the rewrite: no thread runs a half-rewritten template
                synchronized (checked) {
                    if (checked.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
                }
            }
            return t;
        }
    }
}
