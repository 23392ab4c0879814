package dev.ami.worldmodel.physics.model;

/**
 * Sizes of the predictors; the JEPA and the pixel baseline use the same values.
 *
 * @param latentChannels channels of the 8×8 latent map (the JEPA's representation)
 * @param hiddenChannels channels of the recurrent state
 * @param contextFrames how many of the latest latents the recurrent cell sees at each step (1..4):
 *     with 3, velocity and acceleration are visible directly and the state is free to remember
 */
public record ModelConfig(int latentChannels, int hiddenChannels, int contextFrames) {

    public static final ModelConfig DEFAULT = new ModelConfig(16, 24, 3);

    public ModelConfig {
        if (latentChannels < 1 || hiddenChannels < 1) {
            throw new IllegalArgumentException("channel counts must be positive, were " + latentChannels + ", " + hiddenChannels);
        }
        if (contextFrames < 1 || contextFrames > 4) {
            throw new IllegalArgumentException("contextFrames must be 1..4, was " + contextFrames);
        }
    }
}
