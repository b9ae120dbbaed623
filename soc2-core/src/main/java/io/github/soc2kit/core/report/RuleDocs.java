package io.github.soc2kit.core.report;

import io.github.soc2kit.core.diag.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The rule pages of {@code docs/rules/}, which the build copies into the jar under {@code soc2kit/rules/}: a page
 * whole, for {@code soc2kit explain}, and the rationale of a rule as plain text, for reports that describe their rules
 * (SARIF): its rationale, and the page as help in Markdown and in plain text.
 */
public final class RuleDocs {

    static final String RESOURCES = "soc2kit/rules/";

    private static final Parser PARSER = Parser.builder().build();

    private RuleDocs() {}

    /**
     * The first paragraph under "## Why it matters", or the paragraph under the title when the page has no such
     * section; as one line, with Markdown links and bold reduced to their text.
     */
    static String rationale(RuleId rule) {
        List<String> lines = lines(rule);
        int why = lines.indexOf("## Why it matters");
        return plain(paragraph(lines, why < 0 ? 1 : why + 1));
    }

    /** The rule's page as written, Markdown. */
    public static String page(RuleId rule) {
        return String.join("\n", lines(rule)) + "\n";
    }

    /** The page as Markdown whose links work wherever it is shown: each relative one resolved against the page's URL. */
    static String helpMarkdown(RuleId rule) {
        return MarkdownRenderer.builder().build().render(linked(rule));
    }

    /** The page as plain text, for a viewer that shows no Markdown; links as in {@link #helpMarkdown}. */
    static String helpText(RuleId rule) {
        return TextContentRenderer.builder().build().render(linked(rule));
    }

    private static Node linked(RuleId rule) {
        Node page = PARSER.parse(page(rule));
        URI url = URI.create(rule.docsUrl());
        page.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(url.resolve(link.getDestination()).toString());
                visitChildren(link);
            }
        });
        return page;
    }

    private static List<String> lines(RuleId rule) {
        String resource = RESOURCES + rule.id() + ".md";
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule page missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines from the first non-blank one at or after {@code from} up to the next blank line, joined by spaces. */
    private static String paragraph(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        List<String> paragraph = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank()) {
            paragraph.add(lines.get(i).strip());
            i++;
        }
        return String.join(" ", paragraph);
    }

    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1").replaceAll("\\*\\*([^*]+)\\*\\*", "$1");
    }
}
