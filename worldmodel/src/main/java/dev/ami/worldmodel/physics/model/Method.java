package dev.ami.worldmodel.physics.model;

import ai.djl.nn.AbstractBlock;

/** The two predictors that are trained and evaluated side by side. */
public enum Method {
    /** Predicts the next frame's latent map (the world model). */
    JEPA("jepa"),
    /** Predicts the next frame's pixels (the baseline). */
    PIXEL("pixel");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** Lower-case name used in files and JSON ("jepa", "pixel"). */
    public String id() {
        return id;
    }

    /** "jepa" or "pixel", any case. */
    public static Method parse(String id) {
        for (Method m : values()) {
            if (m.id.equalsIgnoreCase(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be jepa or pixel, was " + id);
    }

    /** A fresh, uninitialized block of this method. */
    public AbstractBlock newBlock(ModelConfig config) {
        return this == JEPA ? new JepaBlock(config) : new PixelBlock(config);
    }
}
