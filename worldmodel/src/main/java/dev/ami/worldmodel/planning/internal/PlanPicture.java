package dev.ami.worldmodel.planning.internal;

import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a plan as a 256×256 PNG (headless java.awt): arena, wall with door, path, start, goal, step count. */
public final class PlanPicture {

    static final int SIZE = 256;

    private PlanPicture() {
    }

    public static byte[] draw(TwoRoomsConfig config, double[][] trajectory, double goalX, double goalY, boolean success) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 245, 240));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(90, 90, 90));
            int wl = px(config.wallLeft());
            int ww = px(config.wallRight()) - wl;
            g.fillRect(wl, 0, ww, py(config.doorHigh()));
            g.fillRect(wl, py(config.doorLow()), ww, SIZE - py(config.doorLow()));
            g.setColor(new Color(220, 60, 60, 90));
            int r = (int) Math.round(TwoRoomsConfig.SUCCESS_RADIUS * SIZE);
            g.fillOval(px(goalX) - r, py(goalY) - r, 2 * r, 2 * r);
            Path2D path = new Path2D.Double();
            path.moveTo(pxd(trajectory[0][0]), pyd(trajectory[0][1]));
            for (double[] p : trajectory) {
                path.lineTo(pxd(p[0]), pyd(p[1]));
            }
            g.setColor(new Color(30, 90, 200));
            g.setStroke(new BasicStroke(2f));
            g.draw(path);
            dot(g, trajectory[0][0], trajectory[0][1], new Color(30, 160, 60));
            dot(g, goalX, goalY, new Color(200, 40, 40));
            g.setColor(Color.BLACK);
            g.drawString((trajectory.length - 1) + " steps, " + (success ? "reached" : "not reached"), 6, SIZE - 6);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void dot(Graphics2D g, double x, double y, Color color) {
        g.setColor(color);
        g.fillOval(px(x) - 5, py(y) - 5, 10, 10);
    }

    private static int px(double x) {
        return (int) Math.round(pxd(x));
    }

    private static int py(double y) {
        return (int) Math.round(pyd(y));
    }

    private static double pxd(double x) {
        return x * SIZE;
    }

    private static double pyd(double y) {
        return (1 - y) * SIZE;
    }
}
