package vn.sotruong.core.registers;

/**
 * Ảnh một trang: one page of a printed book drawn as pixels (ARGB, row by row), for the preview inside the app.
 *
 * @param width pixels across
 * @param height pixels down
 * @param argb {@code width × height} pixels, packed 0xAARRGGBB
 */
public record PageImage(int width, int height, int[] argb) {
    public PageImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a page image of " + width + "×" + height + " needs "
                    + (long) width * height + " pixels, not " + argb.length);
        }
    }
}
