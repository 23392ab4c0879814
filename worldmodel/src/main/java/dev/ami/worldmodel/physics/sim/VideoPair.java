package dev.ami.worldmodel.physics.sim;

import dev.ami.worldmodel.physics.Violation;

/**
 * A matched pair: the same initial conditions and the same nuisance rendered twice; the implausible
 * twin differs only by one violation.
 *
 * @param violationFrame the frame from which the implausible twin's physics was edited
 * @param breakFrame the first frame whose pixels differ between the twins (later than
 *     {@code violationFrame} when the edit starts behind an occluder)
 * @param object index of the edited object
 */
public record VideoPair(Video plausible, Video implausible, Violation kind, int object,
                        int violationFrame, int breakFrame) {
}
