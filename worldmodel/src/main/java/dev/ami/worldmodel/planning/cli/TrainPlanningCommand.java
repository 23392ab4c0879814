package dev.ami.worldmodel.planning.cli;

import com.google.gson.GsonBuilder;
import dev.ami.worldmodel.core.CheckpointMetadata;
import dev.ami.worldmodel.core.Devices;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.model.JepaConfig;
import dev.ami.worldmodel.planning.train.JepaTrainer;
import dev.ami.worldmodel.planning.train.TrainConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./ami train planning}: trains the two-rooms JEPA and writes a checkpoint directory. */
@Command(name = "planning", mixinStandardHelpOptions = true,
        description = "Train the two-rooms JEPA (encoder + action-conditioned predictor, VICReg anti-collapse).")
public final class TrainPlanningCommand implements Callable<Integer> {

    @Option(names = "--steps", description = "optimiser steps in total (default ${DEFAULT-VALUE})", defaultValue = "10000")
    int steps;

    @Option(names = "--seed", description = "seed for initialisation and data (default ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--out", description = "checkpoint directory (default ${DEFAULT-VALUE})", defaultValue = "checkpoints/planning")
    Path out;

    @Option(names = "--resume", description = "continue the checkpoint in this directory up to --steps")
    Path resume;

    @Option(names = "--batch", description = "trajectories per step (default ${DEFAULT-VALUE})", defaultValue = "32")
    int batch;

    @Option(names = "--cov-weight", description = "weight of the VICReg covariance term (default ${DEFAULT-VALUE}; 1.0 gave probe R2 0.907, 0.1 gave 0.966)", defaultValue = "0.1")
    double covWeight;

    @Option(names = "--log-every", description = "steps between metric lines (default ${DEFAULT-VALUE})", defaultValue = "250")
    int logEvery;

    @Option(names = "--threads", description = "PyTorch threads, 1..256 (default ${DEFAULT-VALUE}: fastest on a small shared CPU)", defaultValue = "1")
    int threads;

    @Option(names = "--cpu", description = "stay on the CPU even when a GPU is present")
    boolean cpu;

    @Option(names = "--json", description = "print the checkpoint metadata as JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EngineThreads.configure(threads);
        TrainConfig config = new TrainConfig(steps, batch, 8, 1e-3, 10.0, covWeight, logEvery);
        String command = "ami train planning --steps " + steps + " --seed " + seed + " --out " + out
                + " --batch " + batch + " --cov-weight " + covWeight + (resume == null ? "" : " --resume " + resume);
        JepaTrainer trainer = new JepaTrainer(config, System.err);
        System.err.println("training on " + Devices.select(cpu) + ", checkpoint -> " + out);
        JepaTrainer.Result result = resume == null
                ? trainer.trainNew(JepaConfig.defaults(), TwoRoomsConfig.defaults(), seed, Devices.select(cpu), out, command)
                : trainer.resume(resume, Devices.select(cpu), out, command);
        try (var model = result.model()) {
            CheckpointMetadata meta = result.metadata();
            System.err.printf("done: %d steps, %.1f s wall in total, checkpoint in %s%n", meta.steps(), meta.wallSeconds(), out);
            if (json) {
                System.out.println(new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(meta));
            }
        }
        return 0;
    }
}
