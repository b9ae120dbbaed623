package io.github.soc2kit.core.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The print edition of the policy set as PDF, in pure Java (openhtmltopdf on PDFBox). The input is XHTML; its
 * {@code <bookmarks>} become the PDF outline. Nothing outside the document is loaded, and no clock reaches the
 * file: no creation or modification date, a fixed producer and a fixed document id.
 */
final class PdfWriter {

    static final String PRODUCER = "soc2kit";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    static byte[] write(String xhtml, String title) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, null)
                .withProducer(PRODUCER)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                info.setProducer(PRODUCER);
                document.setDocumentInformation(info);
                document.setDocumentId(0L);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the policy PDF", e);
        }
    }
}
