package dev.ami.worldmodel.planning.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/** Builds the (uninitialised) encoder and predictor blocks of a {@link JepaConfig}. */
final class JepaBlocks {

    private JepaBlocks() {
    }

    /** (N, 1, 32, 32) → (N, latentDim): three stride-2 convolutions, then two linear layers. */
    static Block encoder(JepaConfig config) {
        return new SequentialBlock()
                .add(conv(config.channels())).add(Activation.reluBlock())      // (N, C, 16, 16)
                .add(conv(2 * config.channels())).add(Activation.reluBlock())  // (N, 2C, 8, 8)
                .add(conv(4 * config.channels())).add(Activation.reluBlock())  // (N, 4C, 4, 4)
                .add(Blocks.batchFlattenBlock())                          // (N, 64C)
                .add(Linear.builder().setUnits(config.encoderHidden()).build())
                .add(Activation.reluBlock())                              // (N, H)
                .add(Linear.builder().setUnits(config.latentDim()).build()); // (N, D)
    }

    /** (N, D + 2) → (N, D): the residual update of the predictor. */
    static Block predictorMlp(JepaConfig config) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(config.predictorHidden()).build())
                .add(Activation.reluBlock())                              // (N, H)
                .add(Linear.builder().setUnits(config.predictorHidden()).build())
                .add(Activation.reluBlock())                              // (N, H)
                .add(Linear.builder().setUnits(config.latentDim()).build()); // (N, D)
    }

    private static Conv2d conv(int filters) {
        return Conv2d.builder()
                .setKernelShape(new Shape(4, 4))
                .optStride(new Shape(2, 2))
                .optPadding(new Shape(1, 1))
                .setFilters(filters)
                .build();
    }
}
