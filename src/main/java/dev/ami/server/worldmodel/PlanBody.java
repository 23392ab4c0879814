package dev.ami.server.worldmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/worldmodel/plan}: {@code {"environment":"two-rooms","start":{x,y},"goal":{x,y}
 * | "goalImage":"<base64 PNG>","maxSteps"?,"seed"?}}.
 */
public record PlanBody(
        @Pattern(regexp = "two-rooms", message = "must be 'two-rooms' (the only environment so far)") String environment,
        @NotNull(message = "is required") @Valid Coordinates start,
        @Valid Coordinates goal,
        @Size(max = 200_000, message = "must be a PNG of at most 150 kB") String goalImage,
        @Min(value = 1, message = "must be 1..500") @Max(value = 500, message = "must be 1..500") Integer maxSteps,
        Long seed) {

    /** A point of the arena [0,1]². */
    public record Coordinates(
            @NotNull(message = "is required") @DecimalMin(value = "0.0", message = "must be in [0, 1]") @DecimalMax(value = "1.0", message = "must be in [0, 1]") Double x,
            @NotNull(message = "is required") @DecimalMin(value = "0.0", message = "must be in [0, 1]") @DecimalMax(value = "1.0", message = "must be in [0, 1]") Double y) {
    }

    @AssertTrue(message = "give exactly one of goal (coordinates) or goalImage (base64 PNG)")
    public boolean isGoal() {
        return (goal == null) != (goalImage == null);
    }

    int maxStepsOrDefault() {
        return maxSteps == null ? 200 : maxSteps;
    }

    long seedOrDefault() {
        return seed == null ? 0L : seed;
    }
}
