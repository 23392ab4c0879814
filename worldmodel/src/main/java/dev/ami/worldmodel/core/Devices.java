package dev.ami.worldmodel.core;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Picks the device a model runs on: the first GPU when the engine sees one, else the CPU. */
public final class Devices {

    private Devices() {
    }

    /** The engine's default device (a GPU when present), or the CPU when {@code forceCpu}. */
    public static Device select(boolean forceCpu) {
        if (forceCpu) {
            return Device.cpu();
        }
        Engine engine = Engine.getInstance();
        return engine.getGpuCount() > 0 ? Device.gpu() : engine.defaultDevice();
    }

    /** A short human description, e.g. {@code cpu()} or {@code gpu(0)}. */
    public static String describe(Device device) {
        return device.toString();
    }
}
