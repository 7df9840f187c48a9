package io.camelmessaging.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS answers and the AWS SDK checks: of a message body, and of its message attributes (names sorted;
 * each name, data type and value preceded by its 4-byte length, a transport byte 1 for strings and numbers, 2 for
 * binary).
 */
final class SqsChecksums {

    private SqsChecksums() {
    }

    static String md5OfBody(String body) {
        return HexFormat.of().formatHex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of message attributes ({@code DataType}, {@code StringValue} or base64 {@code BinaryValue}). */
    static String md5OfAttributes(Map<String, Map<String, String>> attributes) {
        MessageDigest digest = md5();
        for (Map.Entry<String, Map<String, String>> attribute : new TreeMap<>(attributes).entrySet()) {
            String dataType = attribute.getValue().get("DataType");
            update(digest, attribute.getKey().getBytes(StandardCharsets.UTF_8));
            update(digest, dataType.getBytes(StandardCharsets.UTF_8));
            if (dataType.startsWith("Binary")) {
                digest.update((byte) 2);
                update(digest, Base64.getDecoder().decode(attribute.getValue().get("BinaryValue")));
            } else {
                digest.update((byte) 1);
                update(digest, attribute.getValue().get("StringValue").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
