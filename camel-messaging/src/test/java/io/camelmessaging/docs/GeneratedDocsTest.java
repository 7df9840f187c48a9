package io.camelmessaging.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static io.camelmessaging.docs.ComponentDocs.ADOC_HEADER_END;
import static io.camelmessaging.docs.ComponentDocs.ADOC_HEADER_START;
import static io.camelmessaging.docs.ComponentDocs.ADOC_OPTIONS_END;
import static io.camelmessaging.docs.ComponentDocs.ADOC_OPTIONS_START;
import static io.camelmessaging.docs.ComponentDocs.README_OPTIONS_END;
import static io.camelmessaging.docs.ComponentDocs.README_OPTIONS_START;
import static io.camelmessaging.docs.ComponentDocs.README_RESULTS_END;
import static io.camelmessaging.docs.ComponentDocs.README_RESULTS_START;
import static io.camelmessaging.docs.GeneratedFiles.checkOrUpdate;
import static io.camelmessaging.docs.GeneratedFiles.replaceBetween;

/**
 * The component page and the README's option and header tables are what {@code messaging.json} gives; with
 * {@code -Dmessaging.docs.update=true} they are rewritten instead.
 */
class GeneratedDocsTest {

    private final ComponentDocs docs = new ComponentDocs(MessagingCatalog.load());

    @Test
    void componentPage() throws IOException {
        Path page = GeneratedFiles.moduleDir().resolve("src/main/docs/messaging-component.adoc");
        String text = Files.readString(page);
        text = replaceBetween(text, ADOC_HEADER_START, ADOC_HEADER_END, docs.adocHeader());
        text = replaceBetween(text, ADOC_OPTIONS_START, ADOC_OPTIONS_END, docs.adocOptions());
        checkOrUpdate(page, text);
    }

    @Test
    void readmeTables() throws IOException {
        Path readme = GeneratedFiles.moduleDir().resolve("README.md");
        String text = Files.readString(readme);
        text = replaceBetween(text, README_OPTIONS_START, README_OPTIONS_END, docs.readmeOptions());
        text = replaceBetween(text, README_RESULTS_START, README_RESULTS_END, docs.readmeResultHeaders());
        checkOrUpdate(readme, text);
    }
}
