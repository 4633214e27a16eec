package dev.chit.adapters.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales down in halving steps: one bilinear step from a much larger image drops most of its
 * pixels and looks jagged, several halvings average them.
 */
final class Scaling {

    private Scaling() {
    }

    /**
     * A copy at most {@code longestSide} pixels on its longest side (never larger than the
     * source), as plain RGB, or ARGB when {@code transparent}.
     */
    static BufferedImage toLongestSide(BufferedImage source, int longestSide, boolean transparent) {
        int longest = Math.max(source.getWidth(), source.getHeight());
        double scale = Math.min(1.0, (double) longestSide / longest);
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, transparent);
        }
        return draw(current, width, height, transparent);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage target = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
