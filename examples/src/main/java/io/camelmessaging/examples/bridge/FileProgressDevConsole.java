package io.camelmessaging.examples.bridge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * The {@code file-progress} dev console: the file bridge's files in progress (lines done of the file's total, rates,
 * failures, time left) and the summaries of the last files done, from every {@link FileProgress} in the registry.
 */
@DevConsole(name = "file-progress", displayName = "File Progress", description = "Progress of the file to SMS bridge")
public class FileProgressDevConsole extends AbstractDevConsole {

    public FileProgressDevConsole() {
        super("camel", "file-progress", "File Progress", "Progress of the file to SMS bridge");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder("Files in progress:\n");
        progress().forEach(p -> p.inProgress().forEach(f -> text.append("    ").append(f.progressLine()).append('\n')));
        text.append("Files done:\n");
        progress().forEach(p -> p.finished().forEach(f -> text.append("    ").append(f.summaryLine()).append('\n')));
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inProgress", progress().stream().flatMap(p -> p.inProgress().stream()).map(FileFigures::toJson)
                .toList());
        json.put("done", progress().stream().flatMap(p -> p.finished().stream()).map(FileFigures::toJson).toList());
        return json;
    }

    private List<FileProgress> progress() {
        Set<FileProgress> found = getCamelContext().getRegistry().findByType(FileProgress.class);
        return List.copyOf(found);
    }
}
