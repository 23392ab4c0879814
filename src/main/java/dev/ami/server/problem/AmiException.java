package dev.ami.server.problem;

import java.util.List;

/**
 * A failure with a client-facing meaning. Thrown (or failed with) anywhere in a request pipeline
 * and turned into problem+json in one place, {@link ProblemMappers}. The message is the problem's
 * {@code detail}: write it for the client, never with class names or secrets.
 */
public class AmiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public AmiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public AmiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static AmiException notFound(String detail) {
        return new AmiException(ProblemType.NOT_FOUND, detail);
    }

    public static AmiException conflict(String detail) {
        return new AmiException(ProblemType.CONFLICT, detail);
    }

    public static AmiException invalid(String detail) {
        return new AmiException(ProblemType.INVALID_INPUT, detail);
    }

    public static AmiException forbidden(String detail) {
        return new AmiException(ProblemType.FORBIDDEN, detail);
    }

    public static AmiException unavailable(String detail) {
        return new AmiException(ProblemType.SERVICE_UNAVAILABLE, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Problem problem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors);
    }
}
