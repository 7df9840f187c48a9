package io.camelmessaging.component.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Reads media within a size limit and tells their content type from the bytes (Apache Tika's magic numbers), which a
 * sender cannot choose by naming a file: a name or a declared type that contradicts the bytes is refused.
 */
public final class MediaContent {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private MediaContent() {
    }

    /** The stream's bytes, or null when it holds more than {@code maxSize}; reads at most one byte more. */
    public static byte[] readAtMost(InputStream in, long maxSize) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 9, maxSize) + 1);
        return content.length > maxSize ? null : content;
    }

    /**
     * The type among {@code allowed} (spelled as there, the first in alphabetical order of its aliases) that the bytes
     * are, checked against the types the name and the declared type imply; or the reason, as a rule, why they cannot
     * be sent.
     */
    public static Detected detect(byte[] content, String name, String declaredType, Collection<String> allowed) {
        MediaType actual = normalize(detectBytes(content));
        MediaType byName = name == null ? MediaType.OCTET_STREAM : normalize(detectName(name));
        if (!isGeneric(byName) && !byName.equals(actual)) {
            return new Detected(null, "content is " + actual + " but its name says " + byName);
        }
        MediaType declared = declaredType == null ? MediaType.OCTET_STREAM : normalize(parse(declaredType));
        if (!isGeneric(declared) && !declared.equals(actual)) {
            return new Detected(null, "content is " + actual + " but it is declared as " + parse(declaredType));
        }
        List<String> sorted = allowed.stream().sorted().toList();
        return sorted.stream().filter(type -> normalize(parse(type)).equals(actual)).findFirst()
                .map(type -> new Detected(type, null))
                .orElseGet(() -> new Detected(null, "content is " + actual + ", which is not one of "
                                                    + String.join(", ", sorted)));
    }

    private static MediaType detectBytes(byte[] content) {
        try {
            return TYPES.detect(new ByteArrayInputStream(content), new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static MediaType detectName(String name) {
        Metadata metadata = new Metadata();
        int lastSeparator = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf(':'), name.lastIndexOf('\\')));
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.substring(lastSeparator + 1));
        try {
            return TYPES.detect(null, metadata);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static MediaType parse(String type) {
        MediaType parsed = MediaType.parse(type.toLowerCase(Locale.ROOT));
        return parsed == null ? MediaType.OCTET_STREAM : parsed.getBaseType();
    }

    private static MediaType normalize(MediaType type) {
        return REGISTRY.normalize(type.getBaseType());
    }

    private static boolean isGeneric(MediaType type) {
        return type.equals(MediaType.OCTET_STREAM);
    }

    /**
     * What detection found.
     *
     * @param contentType the allowed type to send, or null when the media cannot be sent
     * @param refusal     why it cannot be sent, or null
     */
    public record Detected(String contentType, String refusal) {
    }
}
