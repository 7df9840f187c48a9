package io.camelmessaging.component.provider.azure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelmessaging.component.media.MediaContent;
import io.camelmessaging.component.media.MediaPolicy;
import io.camelmessaging.component.request.MediaAttachment;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.validation.Violations;
import jakarta.activation.DataHandler;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads the media of a message as content, each within {@code maxMediaSize}: the route author's {@code file:} and
 * {@code classpath:} media URLs through Camel's resource loading; media URLs from the message only as the
 * {@link MediaPolicy} allows; and the Camel attachments of the message. The content type comes from the bytes.
 */
final class MediaLoader {

    /** The most media one ACS MMS carries. */
    static final int MAX_MEDIA = 10;

    private final MediaPolicy policy;
    private final Set<String> allowedTypes;

    MediaLoader(MediaPolicy policy, Set<String> allowedTypes) {
        this.policy = policy;
        this.allowedTypes = allowedTypes;
    }

    /**
     * Every media of the message, in order: media URLs first, then attachments. Nothing is read when there are more
     * than {@value #MAX_MEDIA}. URLs from the message whose scheme is not allowed are skipped: the producer reports
     * them through {@link MediaPolicy#checkSchemes}.
     */
    List<MediaAttachment> load(Exchange exchange, OutboundMessage message, Violations violations) {
        AttachmentMessage withAttachments = exchange.getMessage(AttachmentMessage.class);
        Map<String, DataHandler> attachments = withAttachments != null && withAttachments.hasAttachments()
                ? withAttachments.getAttachments() : Map.of();
        int count = message.mediaUrls().size() + attachments.size();
        if (count < 1 || count > MAX_MEDIA) {
            violations.add("attachments", count + " item(s)", "must have between 1 and " + MAX_MEDIA + " item(s)");
            return List.of();
        }
        List<MediaAttachment> loaded = new ArrayList<>();
        for (String url : message.mediaUrls()) {
            if (!message.mediaUrlsFromMessage()) {
                readTrusted(exchange, url, loaded, violations);
            } else if (url.startsWith(MediaPolicy.FILE + ":") && policy.allows(url)) {
                read(url, null, policy.openFile(url, violations), loaded, violations);
            } else if (policy.allows(url)) {
                violations.add("MediaUrls", url, "must be a file: URL or a Camel attachment (azure)");
            }
        }
        attachments.forEach((name, data) ->
                read(name, data.getContentType(), open(name, data, violations), loaded, violations));
        return loaded;
    }

    private void readTrusted(Exchange exchange, String url, List<MediaAttachment> loaded, Violations violations) {
        if (!url.startsWith("file:") && !url.startsWith("classpath:")) {
            violations.add("MediaUrls", url, "must be a file: or classpath: URL, or a Camel attachment");
            return;
        }
        try {
            read(url, null, ResourceHelper.resolveMandatoryResourceAsInputStream(exchange.getContext(), url), loaded,
                    violations);
        } catch (IOException e) {
            violations.add("MediaUrls", url, "cannot be read");
        }
    }

    private static InputStream open(String name, DataHandler data, Violations violations) {
        try {
            return data.getInputStream();
        } catch (IOException e) {
            violations.add("attachments", name, "cannot be read");
            return null;
        }
    }

    private void read(String source, String declaredType, InputStream opened, List<MediaAttachment> loaded,
                      Violations violations) {
        if (opened == null) {
            return;
        }
        try (InputStream in = opened) {
            byte[] content = MediaContent.readAtMost(in, policy.maxSize());
            if (content == null) {
                violations.add("attachments", source, "must be at most maxMediaSize=" + policy.maxSize() + " bytes");
                return;
            }
            MediaContent.Detected detected = MediaContent.detect(content, source, declaredType, allowedTypes);
            if (detected.refusal() != null) {
                violations.add("attachments", source, detected.refusal());
                return;
            }
            loaded.add(new MediaAttachment(source, detected.contentType(),
                    Base64.getEncoder().encodeToString(content)));
        } catch (IOException e) {
            violations.add("attachments", source, "cannot be read");
        }
    }
}
