package org.massode.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.massode.io.AtomicFiles;

/** Writes charts and images as PNG files atomically (a plot being redrawn is never seen half-written). */
final class Png {
    private Png() {
    }

    static void chart(Chart<?, ?> chart, Path file) {
        AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    static <T extends Chart<?, ?>> void grid(List<T> charts, int rows, int cols, Path file) {
        AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(charts, rows, cols, out,
                BitmapEncoder.BitmapFormat.PNG));
    }

    static void image(BufferedImage img, Path file) {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new java.io.IOException("no PNG writer available");
        });
    }
}
