package dev.ami.server.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures of REST endpoints become problem documents. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(AmiException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response manifest(dev.ami.assistants.manifest.ManifestValidationException e) {
        return respond(validationProblem(e.errors().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message()))
                .toList()));
    }

    @ServerExceptionMapper
    public Response assistantNotFound(dev.ami.assistants.registry.AssistantNotFoundException e) {
        return respond(ProblemType.NOT_FOUND.problem("There is no assistant '" + e.assistantId() + "'."));
    }

    @ServerExceptionMapper
    public Response builtIn(dev.ami.assistants.registry.BuiltInAssistantException e) {
        return respond(ProblemType.CONFLICT.problem(
                "'" + e.assistantId() + "' is a built-in assistant; built-ins cannot be changed or removed."));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(ProblemType.UNAUTHORIZED.problem("Send an API key as 'Authorization: Bearer <key>'."));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(ProblemType.UNAUTHORIZED.problem("The API key is unknown or revoked."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN.problem("This operation needs the admin role."));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(ProblemType.MALFORMED_REQUEST.problem("The body is not valid JSON" + where + "."));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String field = fieldPath(e.getPath());
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            detail = "Unknown field '" + field + "'.";
        } else if (field.isEmpty()) {
            detail = "The body does not have the expected JSON shape.";
        } else {
            detail = "Field '" + field + "' has the wrong type" + expected(e.getTargetType()) + ".";
        }
        return respond(new Problem(ProblemType.MALFORMED_REQUEST.uri(), ProblemType.MALFORMED_REQUEST.title(), 400,
                detail, field.isEmpty() ? null : List.of(new Problem.FieldError(field, detail))));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        String field = fieldPath(e.getPath());
        return respond(ProblemType.MALFORMED_REQUEST.problem(
                field.isEmpty() ? "The body could not be read." : "Field '" + field + "' could not be read."));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        return respond(validationProblem(e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(propertyPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept this method.";
            case 406 -> "This path cannot answer in the requested media type.";
            case 415 -> "This path does not accept this content type; send application/json.";
            case 413 -> "The request body is too large.";
            default -> status >= 500 ? "The server could not answer this request." : "The request could not be understood.";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(new Problem(type.uri(), type.title(), status, detail, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(ProblemType.INTERNAL_ERROR.problem(
                "Something went wrong on the server (incident " + incident + "); the server log has the details."));
    }

    /** 400 validation-failed listing each field; the detail joins them for clients that read only the detail. */
    private static Problem validationProblem(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        ProblemType t = ProblemType.VALIDATION_FAILED;
        return new Problem(t.uri(), t.title(), t.status(), detail, errors);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(ProblemType.MEDIA_TYPE).entity(problem).build();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return " (expected a number)";
        }
        if (target == String.class) {
            return " (expected a string)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return " (expected true or false)";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return " (expected an array)";
        }
        return " (expected an object)";
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code create.request.languages[1]} → {@code languages[1]}: the path inside the request body. */
    static String propertyPath(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
        }
        if (sb.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }
}
