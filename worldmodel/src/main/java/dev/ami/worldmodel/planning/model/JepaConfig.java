package dev.ami.worldmodel.planning.model;

/**
 * Architecture of the two-rooms JEPA.
 *
 * @param latentDim       size of the latent z (the feasibility run found 16 predictable, 32 with stop-gradient not)
 * @param channels        filters of the first convolution; the second and third have 2× and 4× as many
 * @param encoderHidden   width of the encoder's last hidden layer
 * @param predictorHidden width of the predictor's two hidden layers
 */
public record JepaConfig(int latentDim, int channels, int encoderHidden, int predictorHidden) {

    public JepaConfig {
        if (latentDim < 2 || latentDim > 256) {
            throw new IllegalArgumentException("latentDim must be 2..256, was " + latentDim);
        }
        if (channels < 1 || channels > 256) {
            throw new IllegalArgumentException("channels must be 1..256, was " + channels);
        }
        if (encoderHidden < 8 || encoderHidden > 4096 || predictorHidden < 8 || predictorHidden > 4096) {
            throw new IllegalArgumentException("hidden widths must be 8..4096, were " + encoderHidden + ", " + predictorHidden);
        }
    }

    public static JepaConfig defaults() {
        // sized for a shared 2-core CPU: the feasibility run's 16/32/64 encoder trained 4× slower
        return new JepaConfig(16, 8, 128, 128);
    }
}
