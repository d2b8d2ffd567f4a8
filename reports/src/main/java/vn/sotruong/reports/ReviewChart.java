package vn.sotruong.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import vn.sotruong.core.review.ReviewSheet;

/**
 * Biểu đồ phổ điểm for the printed review: paired bars per point (the selection over the school), the share in
 * percent on the left axis and the legend on top, drawn at print resolution in Liberation Serif.
 */
final class ReviewChart {
    static final int WIDTH = 1530;
    static final int HEIGHT = 636;
    private static final Color SELECTION = new Color(0x1F, 0x5F, 0xA8);
    private static final Color SCHOOL = new Color(0xB0, 0xB8, 0xC4);

    private ReviewChart() {
    }

    static BufferedImage draw(List<ReviewSheet.Bar> bars, List<String> headers) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Font font = font(30f);
            g.setFont(font);
            int left = 110;
            int right = WIDTH - 30;
            int top = 80;
            int bottom = HEIGHT - 70;
            double max = bars.stream().mapToDouble(b -> Math.max(b.selection(), b.school())).max().orElse(0);
            double scale = niceMax(max);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(left, top, left, bottom);
            g.drawLine(left, bottom, right, bottom);
            for (int i = 0; i <= 4; i++) {
                double v = scale * i / 4;
                int y = bottom - (int) Math.round((bottom - top) * i / 4.0);
                g.setColor(new Color(0xE0, 0xE0, 0xE0));
                g.drawLine(left + 1, y, right, y);
                g.setColor(Color.DARK_GRAY);
                String label = String.format(Locale.ROOT, "%.0f%%", v);
                g.drawString(label, left - 12 - g.getFontMetrics().stringWidth(label), y + 10);
            }
            double slot = (right - left) / (double) Math.max(1, bars.size());
            int barWidth = (int) (slot * 0.36);
            for (int i = 0; i < bars.size(); i++) {
                ReviewSheet.Bar b = bars.get(i);
                int x = left + (int) (slot * i + slot * 0.12);
                bar(g, x, bottom, barWidth, b.selection(), scale, bottom - top, SELECTION);
                bar(g, x + barWidth, bottom, barWidth, b.school(), scale, bottom - top, SCHOOL);
                g.setColor(Color.DARK_GRAY);
                int w = g.getFontMetrics().stringWidth(b.label());
                g.drawString(b.label(), left + (int) (slot * i + slot / 2) - w / 2, bottom + 40);
            }
            legend(g, headers, left, 40);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void bar(Graphics2D g, int x, int bottom, int width, double value, double scale, int height,
                            Color colour) {
        int h = scale == 0 ? 0 : (int) Math.round(height * value / scale);
        g.setColor(colour);
        g.fillRect(x, bottom - h, width, h);
    }

    private static void legend(Graphics2D g, List<String> headers, int x, int y) {
        if (headers.size() < 3) {
            return;
        }
        int at = x;
        for (int i = 1; i <= 2; i++) {
            g.setColor(i == 1 ? SELECTION : SCHOOL);
            g.fillRect(at, y - 22, 36, 24);
            g.setColor(Color.DARK_GRAY);
            g.drawString(headers.get(i), at + 46, y);
            at += 46 + g.getFontMetrics().stringWidth(headers.get(i)) + 50;
        }
    }

    /** The axis top: the next multiple of 10 percent above the tallest bar (10 when there is nothing). */
    static double niceMax(double max) {
        return Math.max(10, Math.ceil(max / 10.0) * 10);
    }

    private static Font font(float size) {
        try (InputStream in = ReviewChart.class.getResourceAsStream("fonts/LiberationSerif-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException | NullPointerException e) {
            return new Font(Font.SERIF, Font.PLAIN, (int) size);
        }
    }
}
