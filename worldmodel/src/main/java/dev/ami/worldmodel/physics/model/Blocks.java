package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;

/** Small building blocks shared by the JEPA and the pixel baseline, so the two differ only in what they predict. */
final class Blocks {

    private Blocks() {
    }

    /** Per-frame encoder: (N, 1, 32, 32) → (N, latent, 8, 8). */
    static SequentialBlock encoder(int latentChannels) {
        return new SequentialBlock()
                .add(conv(16, 3, 2)) // (N, 16, 16, 16)
                .add(Activation::relu)
                .add(conv(32, 3, 2)) // (N, 32, 8, 8)
                .add(Activation::relu)
                .add(conv(latentChannels, 1, 1)); // (N, latent, 8, 8)
    }

    static Conv2d conv(int filters, int kernel, int stride) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .build();
    }

    static Block relu() {
        return Activation.reluBlock();
    }

    /** Folds time into the batch: (B, T, C, H, W) → (B·T, C, H, W). */
    static NDArray foldTime(NDArray video) {
        Shape s = video.getShape();
        return video.reshape(s.get(0) * s.get(1), s.get(2), s.get(3), s.get(4));
    }

    /** Inverse of {@link #foldTime}: (B·T, C, H, W) → (B, T, C, H, W). */
    static NDArray unfoldTime(NDArray frames, long batch) {
        Shape s = frames.getShape();
        return frames.reshape(batch, s.get(0) / batch, s.get(1), s.get(2), s.get(3));
    }

    static NDList list(NDArray... arrays) {
        return new NDList(arrays);
    }
}
