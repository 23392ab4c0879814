package dev.ami.worldmodel.physics.sim;

/** A static mid-gray rectangle in front of the objects: columns [x0, x1), rows [y0, y1). */
public record Occluder(int x0, int y0, int x1, int y1, int brightness) {

    boolean covers(int px, int py) {
        return px >= x0 && px < x1 && py >= y0 && py < y1;
    }
}
