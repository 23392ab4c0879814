package dev.ami.assistants.manifest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest could not be read or is invalid. Carries every problem found, each naming its field;
 * the server maps it to a 400 problem+json whose detail lists {@link #errors()}.
 */
public class ManifestValidationException extends RuntimeException {

    private final List<FieldError> errors;

    /** @param errors at least one problem */
    public ManifestValidationException(List<FieldError> errors) {
        super("invalid assistant manifest: "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** The problems, in the order the fields appear in the manifest. */
    public List<FieldError> errors() {
        return errors;
    }
}
