package dev.ami.server.worldmodel;

import dev.ami.server.problem.AmiException;
import dev.ami.server.problem.Problem;
import dev.ami.server.problem.ProblemType;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.Violation;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** A generated example video: its kind, seed, the frame where it breaks (null when plausible) and base64 PNG frames. */
public record ExampleVideo(String kind, long seed, boolean nuisance, Integer breakFrame, List<String> frames) {

    static final List<String> KINDS = List.of("none", "vanish_in_view", "vanish_behind_occluder", "appear", "teleport",
            "shape_change", "anti_gravity");

    /** @throws AmiException (validation-failed, field {@code kind}) for an unknown kind */
    public static ExampleVideo of(String kind, long seed, boolean nuisance) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            String message = "must be one of " + String.join(", ", KINDS);
            throw new AmiException(ProblemType.VALIDATION_FAILED, "kind: " + message, List.of(new Problem.FieldError("kind", message)));
        }
        if ("none".equals(k)) {
            return new ExampleVideo(k, seed, nuisance, null, base64(PhysicsExamples.plausible(seed, nuisance)));
        }
        PhysicsExamples.Pair pair = PhysicsExamples.pair(seed, Violation.valueOf(k.toUpperCase(Locale.ROOT)), nuisance);
        return new ExampleVideo(k, seed, nuisance, pair.breakFrame(), base64(pair.implausible()));
    }

    private static List<String> base64(List<byte[]> pngs) {
        return pngs.stream().map(p -> Base64.getEncoder().encodeToString(p)).toList();
    }
}
