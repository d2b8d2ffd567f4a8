package vn.sotruong.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Ảnh thẻ for tests and screenshots: a 3×4 PNG of a blue backdrop with a face-coloured head and shoulders. */
public final class SamplePhoto {
    private SamplePhoto() {
    }

    public static byte[] png(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x2B5BA8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF1C7A0));
        g.fillOval(width / 4, height / 6, width / 2, height / 2);
        g.fillRect(width / 6, height * 7 / 10, width * 2 / 3, height * 3 / 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
