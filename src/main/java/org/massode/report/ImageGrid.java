package org.massode.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * A grid of 28×28 activity maps (attractors, final states, inputs) as one grayscale PNG: each value in [0, 1] is a
 * gray level (1 = white), each map is enlarged 4× and captioned.
 */
public final class ImageGrid {
    private static final int SIDE = 28;
    private static final int SCALE = 4;
    private static final int CAPTION = 16;
    private static final int PAD = 6;

    private ImageGrid() {
    }

    /** One captioned map whose values in [lo, hi] are drawn black to white. */
    public record Tile(String caption, float[] values, float lo, float hi) {
        public Tile {
            if (values.length != SIDE * SIDE) {
                throw new IllegalArgumentException("a tile needs " + SIDE * SIDE + " values, got " + values.length);
            }
            if (!(hi > lo)) throw new IllegalArgumentException("empty gray range [" + lo + ", " + hi + "]");
        }

        /** A map with values in [0, 1]. */
        public Tile(String caption, float[] values) {
            this(caption, values, 0f, 1f);
        }
    }

    public static void write(List<Tile> tiles, int cols, String title, Path file) {
        if (tiles.isEmpty() || cols < 1) throw new IllegalArgumentException("nothing to draw");
        int rows = (tiles.size() + cols - 1) / cols;
        int cell = SIDE * SCALE;
        int w = cols * (cell + PAD) + PAD;
        int h = 24 + rows * (cell + CAPTION + PAD) + PAD;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, PAD, 17);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < tiles.size(); i++) {
            int x0 = PAD + (i % cols) * (cell + PAD);
            int y0 = 24 + (i / cols) * (cell + CAPTION + PAD);
            Tile tile = tiles.get(i);
            float[] v = tile.values();
            for (int p = 0; p < v.length; p++) {
                float u = (v[p] - tile.lo()) / (tile.hi() - tile.lo());
                float c = Math.max(0f, Math.min(1f, Float.isFinite(u) ? u : 0f));
                g.setColor(new Color(c, c, c));
                g.fillRect(x0 + (p % SIDE) * SCALE, y0 + (p / SIDE) * SCALE, SCALE, SCALE);
            }
            g.setColor(Color.GRAY);
            g.drawRect(x0 - 1, y0 - 1, cell + 1, cell + 1);
            g.setColor(Color.BLACK);
            g.drawString(tiles.get(i).caption(), x0, y0 + cell + CAPTION - 3);
        }
        g.dispose();
        Png.image(img, file);
    }
}
