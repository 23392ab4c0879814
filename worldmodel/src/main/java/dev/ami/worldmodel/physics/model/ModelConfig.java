package dev.ami.worldmodel.physics.model;

/**
 * Sizes of the predictors; the JEPA and the pixel baseline use the same values.
 *
 * @param latentChannels channels of the 8×8 latent map (the JEPA's representation)
 * @param hiddenChannels channels of the recurrent state
 */
public record ModelConfig(int latentChannels, int hiddenChannels) {

    public static final ModelConfig DEFAULT = new ModelConfig(16, 24);

    public ModelConfig {
        if (latentChannels < 1 || hiddenChannels < 1) {
            throw new IllegalArgumentException("channel counts must be positive, were " + latentChannels + ", " + hiddenChannels);
        }
    }
}
