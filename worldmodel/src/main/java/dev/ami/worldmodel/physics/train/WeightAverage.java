package dev.ami.worldmodel.physics.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The running mean of a block's weights over snapshots taken along a training run (stochastic weight
 * averaging, Izmailov et al., 2018: the mean of the weights visited late in a run lies nearer the
 * middle of the region of low loss than any one of them). Snapshots are copied out of the engine, so
 * averaging never changes the run itself. Sums are kept in double precision.
 */
final class WeightAverage {

    private final List<double[]> sums = new ArrayList<>();
    private int count;

    /** Adds the block's current weights (every parameter, in the block's order). */
    void add(Block block) {
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            float[] w = p.getValue().getArray().toFloatArray();
            if (count == 0) {
                sums.add(new double[w.length]);
            }
            double[] sum = sums.get(i++);
            if (sum.length != w.length) {
                throw new IllegalStateException("parameter " + p.getKey() + " changed size: " + sum.length + " -> " + w.length);
            }
            for (int j = 0; j < w.length; j++) {
                sum[j] += w[j];
            }
        }
        count++;
    }

    /** Snapshots added since the last {@link #reset()}. */
    int count() {
        return count;
    }

    /** Forgets every snapshot (a run that went back to earlier weights starts its average again). */
    void reset() {
        sums.clear();
        count = 0;
    }

    /** Sets every parameter of the block to the mean of its snapshots. */
    void applyTo(Block block) {
        if (count == 0) {
            throw new IllegalStateException("no snapshots to average");
        }
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            double[] sum = sums.get(i++);
            float[] mean = new float[sum.length];
            for (int j = 0; j < sum.length; j++) {
                mean[j] = (float) (sum[j] / count);
            }
            p.getValue().getArray().set(mean);
        }
    }
}
