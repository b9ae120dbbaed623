package io.github.soc2kit.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateObject;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.core.XHTMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import io.github.soc2kit.core.diag.TemplateRenderException;
import io.github.soc2kit.core.load.FilePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The site's Freemarker templates: a policy repository's own {@code templates/} folder first, file by file, then
 * the bundled ones. Configured so that a template can present data and nothing else: no {@code ?new}, no
 * {@code ?api}, no class access through the object wrapper, output escaped as XHTML, errors rethrown as
 * {@link TemplateRenderException} with the template, line and column. A template also cannot run away: each page
 * renders on a worker thread that is interrupted when the site's templates have run for {@link #TIME_LIMIT} in
 * all, elements nest at most {@link #DEPTH_LIMIT} deep (macro and function calls included), a page has at most
 * {@link #OUTPUT_LIMIT} characters and the site {@link #SITE_OUTPUT_LIMIT} in all, and a range that a built-in could
 * walk in Java, where no loop checks for interruption, is refused ({@link TemplateRanges}).
 */
final class Templates {

    /** The folder of the bundled templates in the soc2-templates jar. */
    static final String BUNDLED = "soc2kit/templates";

    /** The folder of a policy repository whose templates override the bundled ones. */
    static final String OVERRIDES = "templates";

    /** How long the templates of one site may run in all; the bundled ones render the example site in under 1 s. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /**
     * How deep template elements may nest, macro and function calls included; the bundled templates reach 12. Java
     * recursion that no element shows (the parser's, in an expression nested in hundreds of parentheses) fails as too
     * deep when it reaches the end of the worker's stack.
     */
    static final int DEPTH_LIMIT = 500;

    /** How many characters one page may have; the largest page of the example site has under 60,000. */
    static final int OUTPUT_LIMIT = 16 * 1024 * 1024;

    /** How many characters the pages of one site may have in all: the site is held in memory until it is written. */
    static final long SITE_OUTPUT_LIMIT = 64L * 1024 * 1024;

    /** How long a stopped worker is given to end before the render fails without waiting for it. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** The custom attribute that marks a template checked for ranges and whose loops check for interruption. */
    private static final String PREPARED = "soc2kit.prepared";

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config = new Configuration(VERSION);
    private final @Nullable Path overrides;
    private final Duration timeLimit;
    private final int depthLimit;
    private final int outputLimit;
    private final long siteOutputLimit;

    /** Nanoseconds the templates of this site have run so far. */
    private long spent;

    /** Characters the pages of this site have so far. */
    private long written;

    /** @param repository the policy repository; its {@code templates/} folder, if any, overrides the bundled one */
    Templates(Path repository) {
        this(repository, TIME_LIMIT, DEPTH_LIMIT, OUTPUT_LIMIT, SITE_OUTPUT_LIMIT);
    }

    /** With other limits than the defaults, for tests. */
    Templates(Path repository, Duration timeLimit, int depthLimit, int outputLimit, long siteOutputLimit) {
        this.timeLimit = timeLimit;
        this.depthLimit = depthLimit;
        this.outputLimit = outputLimit;
        this.siteOutputLimit = siteOutputLimit;
        Path folder = repository.resolve(OVERRIDES);
        this.overrides = Files.isDirectory(folder) ? checked(repository, folder) : null;
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (overrides != null) {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OVERRIDES + "/", e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), BUNDLED));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setLocalizedLookup(false);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setAttemptExceptionReporter((e, env) -> {});
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
    }

    /**
     * The overrides folder, once each file in it (links followed) is known to be one soc2kit may read.
     *
     * @throws TemplateRenderException naming the first file that is not, and what it is
     */
    private static Path checked(Path repository, Path folder) {
        FilePolicy files = new FilePolicy(repository);
        FilePolicy.Listing listing = files.walk(folder, Integer.MAX_VALUE);
        Optional<FilePolicy.Refused> first =
                listing.refused().stream().min(Comparator.comparing(FilePolicy.Refused::folder));
        if (first.isPresent()) {
            FilePolicy.Refused refused = first.get();
            throw new TemplateRenderException(
                    name(repository, refused.folder()), refused.problem() + "; soc2kit did not read it");
        }
        for (Path entry : listing.files().stream().sorted().toList()) {
            String refusal = files.refusal(entry);
            if (refusal != null) {
                throw new TemplateRenderException(name(repository, entry), refusal + "; soc2kit did not read it");
            }
        }
        return folder;
    }

    private static String name(Path repository, Path entry) {
        return repository.relativize(entry).toString().replace('\\', '/');
    }

    /**
     * Renders template {@code name} over {@code model}, whose values are maps, lists, strings, numbers and booleans.
     *
     * @throws TemplateRenderException when the template is missing, malformed or fails, or when it goes over a limit
     */
    String render(String name, Map<String, ?> model) {
        Watch watch = new Watch(name);
        long siteLeft = siteOutputLimit - written;
        PageWriter out = siteLeft < outputLimit
                ? new PageWriter(
                        (int) siteLeft,
                        watch,
                        "the site's pages have more than the limit of " + count(siteOutputLimit) + " characters in all")
                : new PageWriter(
                        outputLimit,
                        watch,
                        "the page has more than the limit of " + count(outputLimit) + " characters");
        FutureTask<String> page = new FutureTask<>(() -> process(name, model, watch, out));
        Thread worker = new Thread(page, "soc2kit template " + name);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        try {
            String text = page.get(timeLimit.toNanos() - spent, TimeUnit.NANOSECONDS);
            written += text.length();
            return text;
        } catch (TimeoutException e) {
            stop(worker);
            throw watch.stop("the site's templates ran longer than the limit of " + timeLimit.toSeconds() + " s");
        } catch (InterruptedException e) {
            stop(worker);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw watch.stop("nests deeper than the stack allows (an expression in hundreds of parentheses?)");
            }
            if (e.getCause() instanceof OutOfMemoryError) { // the worker's garbage is gone with its frames
                throw watch.stop("needs more memory than the build has (a text or list that keeps growing?)");
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // process throws nothing checked
        } finally {
            spent += System.nanoTime() - start;
        }
    }

    /**
     * Interrupts the worker, whose loops then stop at their next iteration, and waits for it to end; one built-in
     * busy in Java code (a join over a huge sequence) does not see the interruption, and is left to end by itself.
     */
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String process(String name, Map<String, ?> model, Watch watch, PageWriter out) {
        try {
            Environment env = config.getTemplate(name).createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(watch);
            env.process();
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new TemplateRenderException(where(name), 0, 0, "template not found", e);
        } catch (ParseException e) {
            throw new TemplateRenderException(
                    where(orElse(e.getTemplateName(), name)),
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    e.getEditorMessage(),
                    e);
        } catch (TemplateException e) {
            TemplateRenderException limit = watch.failure;
            if (limit != null) {
                throw limit; // a limit reached inside a function call, which Freemarker wrapped
            }
            throw new TemplateRenderException(
                    where(orElse(e.getTemplateSourceName(), name)),
                    orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()),
                    summary(e.getMessageWithoutStackTop()),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /**
     * Follows the elements a page runs: it makes each template's loops check for interruption before its first
     * element runs (imported and interpreted templates too), remembers the element running, for the position of a
     * limit reached, and counts how deep elements nest. Once a limit is reached every further element fails, so that
     * an {@code <#attempt>} cannot carry on past it.
     */
    private final class Watch implements TemplateProcessingTracer {

        private final String page;
        private volatile @Nullable TracedElement at;
        private volatile @Nullable TemplateRenderException failure;
        private int depth;

        Watch(String page) {
            this.page = page;
        }

        @Override
        public void enterElement(Environment env, TracedElement element) {
            prepare(element.getTemplate());
            at = element;
            TemplateRenderException stopped = failure;
            if (stopped != null) {
                throw stopped;
            }
            if (++depth > depthLimit) {
                throw stop("elements nest deeper than the limit of " + depthLimit
                        + " (a macro or function that calls itself without end?)");
            }
        }

        @Override
        public void exitElement(Environment env, TracedElement element) {
            depth--;
        }

        /** The failure of a limit reached, at the element running, if any yet. */
        TemplateRenderException stop(String problem) {
            TracedElement element = at;
            return element == null
                    ? stopped(new TemplateRenderException(where(page), problem))
                    : stop(element.getTemplate(), element.getBeginLine(), element.getBeginColumn(), problem);
        }

        /** The failure of a limit reached at a place of {@code template}. */
        TemplateRenderException stop(Template template, int line, int column, String problem) {
            return stopped(new TemplateRenderException(where(template.getSourceName()), line, column, problem, null));
        }

        private TemplateRenderException stopped(TemplateRenderException stopped) {
            failure = stopped;
            return stopped;
        }

        /**
         * Readies {@code template} before its first element runs, once: refuses a range that built-ins could walk
         * where the time limit cannot stop them, and makes each of its loops check for interruption.
         */
        private void prepare(Template template) {
            if (template.getCustomAttribute(PREPARED) != null) {
                return;
            }
            TemplateObject range = TemplateRanges.unbounded(template);
            if (range != null) {
                throw stop(
                        template,
                        range.getBeginLine(),
                        range.getBeginColumn(),
                        "a range outside <#list> must be written with numbers at most "
                                + count(TemplateRanges.LIMIT) + " apart, such as 1..12;"
                                + " '" + range.getCanonicalForm() + "' is not");
            }
            _CoreAPI.addThreadInterruptedChecks(template);
            template.setCustomAttribute(PREPARED, Boolean.TRUE);
        }
    }

    /**
     * A page's text, which fails the page once it would have more than {@code limit} characters: the page's own
     * limit, or what is left of the site's when that is less.
     */
    private static final class PageWriter extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private final Watch watch;
        private final String problem;

        /** @param problem what the failure says when the page would pass {@code limit} */
        PageWriter(int limit, Watch watch, String problem) {
            this.limit = limit;
            this.watch = watch;
            this.problem = problem;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (length > limit - text.length()) {
                throw watch.stop(problem);
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * The template as the user knows it: the override's repo-relative path, or the bundled name; text a template runs
     * with {@code ?interpret} is named after it ({@code index.ftl->anonymous_interpreted}).
     */
    private String where(String name) {
        int interpreted = name.indexOf("->");
        String file = interpreted < 0 ? name : name.substring(0, interpreted);
        if (overrides != null && Files.isRegularFile(overrides.resolve(file))) {
            return OVERRIDES + "/" + name;
        }
        return name + " (bundled)";
    }

    /** A number as messages write it: 16,777,216. */
    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    /** Freemarker's description of the problem, without its tips and stack, on one line. */
    private static String summary(String message) {
        int tips = message.indexOf("\n----");
        return (tips < 0 ? message : message.substring(0, tips)).strip().replaceAll("\\s*\n\\s*", " ");
    }
}
