package dev.ami.worldmodel.physics.sim;

/**
 * One object's state in every frame. Mutable arrays, owned by the generator that fills them;
 * {@link #copy()} before editing a twin.
 */
public final class Track {
    final double[] x;
    final double[] y;
    final double[] r;
    final double[] vx;
    final double[] vy;
    final Shape[] shape;
    final boolean[] visible;
    final int brightness;

    Track(int frames, int brightness) {
        this.x = new double[frames];
        this.y = new double[frames];
        this.r = new double[frames];
        this.vx = new double[frames];
        this.vy = new double[frames];
        this.shape = new Shape[frames];
        this.visible = new boolean[frames];
        this.brightness = brightness;
    }

    Track copy() {
        Track c = new Track(x.length, brightness);
        System.arraycopy(x, 0, c.x, 0, x.length);
        System.arraycopy(y, 0, c.y, 0, y.length);
        System.arraycopy(r, 0, c.r, 0, r.length);
        System.arraycopy(vx, 0, c.vx, 0, vx.length);
        System.arraycopy(vy, 0, c.vy, 0, vy.length);
        System.arraycopy(shape, 0, c.shape, 0, shape.length);
        System.arraycopy(visible, 0, c.visible, 0, visible.length);
        return c;
    }

    public int frames() {
        return x.length;
    }

    public double x(int t) {
        return x[t];
    }

    public double y(int t) {
        return y[t];
    }

    public double radius(int t) {
        return r[t];
    }

    public Shape shape(int t) {
        return shape[t];
    }

    public boolean visible(int t) {
        return visible[t];
    }
}
