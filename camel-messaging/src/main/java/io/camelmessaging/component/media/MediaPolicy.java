package io.camelmessaging.component.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.validation.Violations;

/**
 * What media URLs that arrive in a message may reach: only the schemes of {@code allowedMediaSchemes}, and for
 * {@code file:} only regular files under {@code mediaBaseDir}, checked on the real path after links and {@code ..}.
 * Such a URL is taken literally: no placeholder, expression or percent-encoding in it is resolved. Its violations
 * never tell a missing file from one outside the base directory, so that a caller cannot map the disk.
 */
public final class MediaPolicy {

    /** The scheme of media that the provider reads itself (aws). */
    public static final String S3 = "s3";
    /** The scheme of local files (azure reads their content). */
    public static final String FILE = "file";
    /** The largest media file read when {@code maxMediaSize} is not set: 1 MiB, what carriers deliver by MMS. */
    public static final long DEFAULT_MAX_MEDIA_SIZE = 1024 * 1024;

    private static final Set<String> KNOWN_SCHEMES = Set.of(S3, FILE);
    private static final String NOT_READABLE = "must name a regular file under mediaBaseDir that can be read";

    private final Set<String> allowedSchemes;
    private final Path baseDir;
    private final long maxSize;

    private MediaPolicy(Set<String> allowedSchemes, Path baseDir, long maxSize) {
        this.allowedSchemes = allowedSchemes;
        this.baseDir = baseDir;
        this.maxSize = maxSize;
    }

    /** The policy of an endpoint's options; a contradiction fails route start with a message naming the option. */
    public static MediaPolicy of(MessagingConfiguration config) {
        SortedSet<String> schemes = new TreeSet<>();
        String listed = config.getAllowedMediaSchemes() == null ? "" : config.getAllowedMediaSchemes();
        Arrays.stream(listed.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .forEach(schemes::add);
        if (!KNOWN_SCHEMES.containsAll(schemes)) {
            throw new IllegalArgumentException("Option allowedMediaSchemes=" + listed + " may list only " + S3
                                               + " and " + FILE + " (classpath and others are never read for "
                                               + "values that come from messages)");
        }
        long maxSize = config.getMaxMediaSize() == null ? DEFAULT_MAX_MEDIA_SIZE : config.getMaxMediaSize();
        if (maxSize < 1) {
            throw new IllegalArgumentException("Option maxMediaSize must be at least 1 byte");
        }
        return new MediaPolicy(Collections.unmodifiableSortedSet(schemes), baseDir(config, schemes.contains(FILE)),
                maxSize);
    }

    private static Path baseDir(MessagingConfiguration config, boolean required) {
        if (config.getMediaBaseDir() == null) {
            if (required) {
                throw new IllegalArgumentException("Option allowedMediaSchemes has file: set mediaBaseDir to the "
                                                   + "directory that media from messages may be read from");
            }
            return null;
        }
        try {
            return Path.of(config.getMediaBaseDir()).toRealPath();
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException("Option mediaBaseDir=" + config.getMediaBaseDir()
                                               + " must be an existing directory");
        }
    }

    /** The largest media file, in bytes, that may be read. */
    public long maxSize() {
        return maxSize;
    }

    /** Whether a media URL that came from a message uses an allowed scheme. */
    public boolean allows(String url) {
        return allowedSchemes.contains(scheme(url));
    }

    /** Adds a violation for every media URL from a message whose scheme is not allowed. */
    public void checkSchemes(List<String> urls, Violations violations) {
        for (String url : urls) {
            if (!allows(url)) {
                violations.add("MediaUrls", url, "a media URL from a message may use only the schemes of "
                                                 + "allowedMediaSchemes " + allowedSchemes);
            }
        }
    }

    /**
     * Opens a {@code file:} media URL from a message, or adds a violation: the path is taken literally, relative
     * paths from the base directory, and it must be a regular file under it no larger than {@link #maxSize()}.
     */
    public InputStream openFile(String url, Violations violations) {
        Path real;
        try {
            String path = url.substring(FILE.length() + 1);
            real = baseDir.resolve(path.startsWith("//") ? path.substring(2) : path).toRealPath();
            if (!real.startsWith(baseDir) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                violations.add("MediaUrls", url, NOT_READABLE);
                return null;
            }
            if (Files.size(real) > maxSize) {
                violations.add("MediaUrls", url, "must be at most maxMediaSize=" + maxSize + " bytes");
                return null;
            }
            return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | InvalidPathException | SecurityException e) {
            violations.add("MediaUrls", url, NOT_READABLE);
            return null;
        }
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        return colon < 1 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
