package io.github.soc2kit.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import io.github.soc2kit.core.diag.TemplateRenderException;
import io.github.soc2kit.core.load.FilePolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The site's Freemarker templates: a policy repository's own {@code templates/} folder first, file by file, then
 * the bundled ones. Configured so that a template can present data and nothing else: no {@code ?new}, no
 * {@code ?api}, no class access through the object wrapper, output escaped as XHTML, errors rethrown as
 * {@link TemplateRenderException} with the template, line and column.
 */
final class Templates {

    /** The folder of the bundled templates in the soc2-templates jar. */
    static final String BUNDLED = "soc2kit/templates";

    /** The folder of a policy repository whose templates override the bundled ones. */
    static final String OVERRIDES = "templates";

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config = new Configuration(VERSION);
    private final @Nullable Path overrides;

    /** @param repository the policy repository; its {@code templates/} folder, if any, overrides the bundled one */
    Templates(Path repository) {
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
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            entries = walk.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new TemplateRenderException(OVERRIDES, "cannot be listed (a link out of the repository or a loop?)");
        }
        for (Path entry : entries) {
            String name = repository.relativize(entry).toString().replace('\\', '/');
            String refusal = Files.isDirectory(entry) ? files.folderRefusal(entry) : files.refusal(entry);
            if (refusal != null) {
                throw new TemplateRenderException(name, refusal + "; soc2kit did not read it");
            }
        }
        return folder;
    }

    /**
     * Renders template {@code name} over {@code model}, whose values are maps, lists, strings, numbers and booleans.
     *
     * @throws TemplateRenderException when the template is missing, malformed or fails
     */
    String render(String name, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(name).process(model, out);
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

    /** The template as the user knows it: the override's repo-relative path, or the bundled name. */
    private String where(String name) {
        if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
            return OVERRIDES + "/" + name;
        }
        return name + " (bundled)";
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
