package io.camelmessaging.examples.bridge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A {@code multipart/form-data} body of text fields and one file part, as a browser form posts it. */
public final class MultipartBody {

    private MultipartBody() {
    }

    /** The body: each field, then the file part {@code part} named {@code fileName} with the bytes of {@code file}. */
    public static byte[] of(String boundary, Map<String, String> fields, String part, String fileName, Path file)
            throws IOException {
        return of(boundary, fields, part, fileName, "application/octet-stream", Files.readAllBytes(file));
    }

    /** The body: each field, then one file part with the given content type and bytes. */
    public static byte[] of(String boundary, Map<String, String> fields, String part, String fileName,
                            String contentType, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.write(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
