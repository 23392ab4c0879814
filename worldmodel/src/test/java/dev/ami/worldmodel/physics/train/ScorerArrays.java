package dev.ami.worldmodel.physics.train;

import ai.djl.ndarray.NDManager;
import dev.ami.worldmodel.physics.model.VideoScorer;
import java.lang.reflect.Field;

/** Test helper: live arrays under a scorer's private manager. */
final class ScorerArrays {

    private ScorerArrays() {
    }

    static int count(VideoScorer scorer) {
        try {
            Field f = VideoScorer.class.getDeclaredField("manager");
            f.setAccessible(true);
            return LiveArrays.count((NDManager) f.get(scorer));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
