package dev.ami.assistants.manifest;

/**
 * One problem in a manifest.
 *
 * @param field   path of the field, as in the document ({@code languages[1]}, {@code generation.topP})
 * @param message what is wrong and what is expected
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
