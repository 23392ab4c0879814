package dev.ami.server.problem;

/**
 * Every kind of error a client can get, with its stable {@code type} URI ({@code urn:ami:problem:<slug>}),
 * title and HTTP status. Clients may switch on the URI; titles are for people.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    VALIDATION_FAILED("validation-failed", "Validation failed", 400),
    INVALID_INPUT("invalid-input", "Invalid input", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    UPSTREAM_FAILED("upstream-failed", "Upstream service failed", 502),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    public static final String URI_PREFIX = "urn:ami:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type for an HTTP status without a more specific kind. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION_FAILED && t != INVALID_INPUT) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null);
    }
}
