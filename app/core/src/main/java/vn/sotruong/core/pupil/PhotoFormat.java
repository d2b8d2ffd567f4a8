package vn.sotruong.core.pupil;

import java.util.Optional;

/**
 * Định dạng ảnh: tells a JPEG or PNG by its first bytes (not by the file's name), so a renamed document is not
 * taken for a photo.
 */
public enum PhotoFormat {
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final int[] signature;

    PhotoFormat(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose signature the bytes start with; a file shorter than a header is not an image. */
    public static Optional<PhotoFormat> of(byte[] bytes) {
        for (PhotoFormat f : values()) {
            if (bytes.length > f.signature.length + 16 && startsWith(bytes, f.signature)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int[] signature) {
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
