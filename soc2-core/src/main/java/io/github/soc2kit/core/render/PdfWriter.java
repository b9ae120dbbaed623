package io.github.soc2kit.core.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The print edition of the policy set as PDF, in pure Java (openhtmltopdf on PDFBox). The input is XHTML; its
 * {@code <title>} and {@code lang} become the document's title and language, its {@code <bookmarks>} the outline,
 * and its {@code @page} rules the paper and the running footer. The PDF is tagged (PDF/UA) and every font in it is
 * embedded: the bundled DejaVu Sans is the font of every family the stylesheet names, so no text falls back to a
 * PDF base font that a viewer would substitute. Nothing outside the document is loaded, and no clock reaches the
 * file: no creation or modification date, a fixed producer and a fixed document id.
 */
final class PdfWriter {

    static final String PRODUCER = "soc2kit";

    /** The family of the bundled font, as the print stylesheet names it. */
    private static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/soc2kit/fonts/";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    static byte[] write(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withHtmlContent(xhtml, null)
                .withProducer(PRODUCER)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                document.getDocumentInformation().setCreationDate(null);
                document.setDocumentId(0L);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the policy PDF", e);
        }
    }

    /** One face of the bundled font: for its own family and, before the PDF base fonts, for any other. */
    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(
                () -> Objects.requireNonNull(
                        PdfWriter.class.getResourceAsStream(FONTS + file), () -> "the bundled font " + file),
                FONT_FAMILY,
                weight,
                FontStyle.NORMAL,
                true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }
}
