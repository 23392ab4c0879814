package dev.ami.assistants.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads manifests from YAML or JSON and validates them. Parse problems (unknown fields, wrong
 * types, malformed documents) are reported like validation problems: a
 * {@link ManifestValidationException} whose errors name the field. Thread-safe.
 *
 * <p>The {@code builtIn} flag in a document is ignored; it is always {@code false} here, and
 * only the built-in loader sets it.
 */
public final class ManifestReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ManifestValidator validator;

    /** @param validator checks every manifest read */
    public ManifestReader(ManifestValidator validator) {
        this.validator = validator;
    }

    /** Reads and validates one JSON manifest. */
    public AssistantManifest readJson(String json) {
        return validator.validate(parse(JSON, json).withBuiltIn(false));
    }

    /** Reads and validates one YAML manifest (JSON is valid YAML, so this also reads JSON). */
    public AssistantManifest readYaml(String yaml) {
        return validator.validate(parse(YAML, yaml).withBuiltIn(false));
    }

    /** Reads and validates one YAML manifest from a stream, which the caller closes. */
    public AssistantManifest readYaml(InputStream in) {
        try {
            return readYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest", e);
        }
    }

    /** Writes a manifest as JSON, e.g. for the HTTP API or for storage. */
    public static String toJson(AssistantManifest manifest) {
        try {
            return JSON.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest is always serialisable", e);
        }
    }

    private static AssistantManifest parse(ObjectMapper mapper, String text) {
        if (text == null || text.isBlank()) {
            throw new ManifestValidationException(List.of(new FieldError("$", "the document is empty")));
        }
        try {
            AssistantManifest manifest = mapper.readValue(text, AssistantManifest.class);
            if (manifest == null) {
                throw new ManifestValidationException(List.of(new FieldError("$", "the document is empty")));
            }
            return manifest;
        } catch (JsonMappingException e) {
            throw new ManifestValidationException(List.of(new FieldError(path(e), describe(e))));
        } catch (JsonProcessingException e) {
            throw new ManifestValidationException(List.of(new FieldError("$",
                    "is not a well-formed document: " + e.getOriginalMessage())));
        }
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a manifest field";
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" (");
        // Jackson's messages name Java types; keep the first clause, which says what was wrong
        return "has the wrong type or format: " + (cut > 0 ? message.substring(0, cut) : message);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }
}
