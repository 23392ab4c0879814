package dev.ami.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field-level details of a validation failure
 * and is absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One invalid field: its path in the request ({@code name}, {@code languages[1]}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
