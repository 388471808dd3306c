package org.newsgraph.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** A log–log line chart drawn with Java2D and written as PNG: one series per measure, x = corpus size. */
final class Chart {
  private static final int W = 900;
  private static final int H = 600;
  private static final int LEFT = 80;
  private static final int RIGHT = 220;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;
  private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
      new Color(0x9467bd), new Color(0x8c564b)};

  private final String title;
  private final Map<String, double[][]> series = new LinkedHashMap<>();

  Chart(String title) {
    this.title = title;
  }

  /** A series of (x, y) points; points with a non-positive or unknown value are left out. */
  Chart series(String name, List<double[]> points) {
    series.put(name, points.stream().filter(p -> p[0] > 0 && p[1] > 0 && Double.isFinite(p[1])).toArray(double[][]::new));
    return this;
  }

  void write(Path png) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    double[] xr = range(0);
    double[] yr = range(1);
    axes(g, xr, yr);
    int i = 0;
    for (Map.Entry<String, double[][]> s : series.entrySet()) {
      g.setColor(COLORS[i % COLORS.length]);
      g.setStroke(new BasicStroke(2f));
      double[][] pts = s.getValue();
      for (int k = 0; k < pts.length; k++) {
        int x = px(pts[k][0], xr);
        int y = py(pts[k][1], yr);
        g.fillOval(x - 4, y - 4, 8, 8);
        if (k > 0) {
          g.drawLine(px(pts[k - 1][0], xr), py(pts[k - 1][1], yr), x, y);
        }
      }
      g.drawString(s.getKey(), W - RIGHT + 15, TOP + 20 + 20 * i);
      i++;
    }
    g.dispose();
    try {
      ImageIO.write(img, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png, e);
    }
  }

  private void axes(Graphics2D g, double[] xr, double[] yr) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, LEFT, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
    for (double d = xr[0]; d <= xr[1] * 1.0001; d *= 10) {
      int x = px(d, xr);
      g.setColor(Color.LIGHT_GRAY);
      g.drawLine(x, TOP, x, H - BOTTOM);
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "%,.0f", d), x - 10, H - BOTTOM + 18);
    }
    for (double d = yr[0]; d <= yr[1] * 1.0001; d *= 10) {
      int y = py(d, yr);
      g.setColor(Color.LIGHT_GRAY);
      g.drawLine(LEFT, y, W - RIGHT, y);
      g.setColor(Color.BLACK);
      g.drawString(Report.num(d), 10, y + 4);
    }
    g.drawString("articles (log)", (W - RIGHT) / 2, H - 20);
    g.drawString("seconds (log)", 10, TOP - 8);
  }

  /** Decades that hold every point of one coordinate. */
  private double[] range(int c) {
    double lo = Double.MAX_VALUE;
    double hi = Double.MIN_VALUE;
    for (double[][] pts : series.values()) {
      for (double[] p : pts) {
        lo = Math.min(lo, p[c]);
        hi = Math.max(hi, p[c]);
      }
    }
    if (lo == Double.MAX_VALUE) {
      return new double[] {1, 10};
    }
    double a = Math.pow(10, Math.floor(Math.log10(lo)));
    double b = Math.pow(10, Math.ceil(Math.log10(hi)));
    return new double[] {a, b <= a ? a * 10 : b};
  }

  private static int px(double x, double[] r) {
    return LEFT + (int) Math.round((Math.log10(x) - Math.log10(r[0])) / (Math.log10(r[1]) - Math.log10(r[0])) * (W - LEFT - RIGHT));
  }

  private static int py(double y, double[] r) {
    return H - BOTTOM - (int) Math.round((Math.log10(y) - Math.log10(r[0])) / (Math.log10(r[1]) - Math.log10(r[0])) * (H - TOP - BOTTOM));
  }
}
