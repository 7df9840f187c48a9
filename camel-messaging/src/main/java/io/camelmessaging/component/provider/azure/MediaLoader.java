package io.camelmessaging.component.provider.azure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelmessaging.component.request.MediaAttachment;
import io.camelmessaging.component.validation.Violations;
import jakarta.activation.DataHandler;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads the media of a message as content: {@code file:} and {@code classpath:} media URLs through Camel's resource
 * loading, and the Camel attachments of the message. The content type comes from the attachment, the file name, or
 * the first bytes, in that order.
 */
final class MediaLoader {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("wav", "audio/wav"),
            Map.entry("ac3", "audio/ac3"), Map.entry("amr", "audio/amr"), Map.entry("mp4", "video/mp4"),
            Map.entry("avi", "video/x-msvideo"), Map.entry("txt", "text/plain"));

    private MediaLoader() {
    }

    /** Every media of the message, in order: media URLs first, then attachments. */
    static List<MediaAttachment> load(Exchange exchange, List<String> mediaUrls, Violations violations) {
        List<MediaAttachment> loaded = new ArrayList<>();
        for (String url : mediaUrls) {
            if (!url.startsWith("file:") && !url.startsWith("classpath:")) {
                violations.add("attachments", url, "must be a file: or classpath: URL, or a Camel attachment");
                continue;
            }
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(exchange.getContext(), url)) {
                byte[] content = in.readAllBytes();
                loaded.add(attachment(url, null, content));
            } catch (IOException e) {
                violations.add("attachments", url, "cannot be read: " + e.getMessage());
            }
        }
        AttachmentMessage message = exchange.getMessage(AttachmentMessage.class);
        if (message != null && message.hasAttachments()) {
            message.getAttachments().forEach((name, data) -> loadAttachment(name, data, loaded, violations));
        }
        return loaded;
    }

    private static void loadAttachment(String name, DataHandler data, List<MediaAttachment> loaded,
                                       Violations violations) {
        try (InputStream in = data.getInputStream()) {
            loaded.add(attachment(name, data.getContentType(), in.readAllBytes()));
        } catch (IOException e) {
            violations.add("attachments", name, "cannot be read: " + e.getMessage());
        }
    }

    private static MediaAttachment attachment(String source, String declaredType, byte[] content) {
        String type = declaredType == null || declaredType.startsWith("application/octet-stream")
                ? detect(source, content) : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return new MediaAttachment(source, type, Base64.getEncoder().encodeToString(content));
    }

    private static String detect(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String byName = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (byName == null) {
            byName = URLConnection.guessContentTypeFromName(name);
        }
        if (byName != null) {
            return byName;
        }
        try {
            return URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(content));
        } catch (IOException e) {
            return null;
        }
    }
}
