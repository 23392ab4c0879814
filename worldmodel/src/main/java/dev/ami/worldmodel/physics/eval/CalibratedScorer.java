package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.VideoScorer;
import java.util.Map;

/** A trained predictor with the horizon scales of each aggregation, as calibration stored them. */
public record CalibratedScorer(VideoScorer scorer, Map<Aggregation, double[]> scales) {

    /** The per-frame surprise curve of a video under one aggregation. */
    double[] curve(float[][][] maps, Aggregation a) {
        return SurpriseCurve.of(maps, a, scales.get(a));
    }
}
