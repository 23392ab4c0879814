package dev.ami.server.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem documents for what fails below the REST layer: paths nothing serves (404) and bodies
 * over {@code quarkus.http.limits.max-body-size} (413), so that every error a client sees has the
 * same shape.
 */
@ApplicationScoped
public class HttpErrorRoutes {

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public HttpErrorRoutes(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // The body handler answers an oversized body with a bare 413; a declared length is checked here first.
        router.route().order(Integer.MIN_VALUE).handler(this::rejectDeclaredOversizedBody);
        router.errorHandler(413, ctx -> write(ctx, ProblemType.PAYLOAD_TOO_LARGE.problem(
                "The request body is larger than this server accepts.")));
        router.errorHandler(404, ctx -> write(ctx, ProblemType.NOT_FOUND.problem("There is nothing at this path.")));
        router.errorHandler(405, ctx -> write(ctx, ProblemType.METHOD_NOT_ALLOWED.problem(
                "This path does not accept this method.")));
    }

    private void rejectDeclaredOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    write(ctx, ProblemType.PAYLOAD_TOO_LARGE.problem(
                            "The request body is " + length.trim() + " bytes; this server accepts at most " + maxBodyBytes + "."));
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, ProblemType.MALFORMED_REQUEST.problem("The Content-Length header is not a number."));
                return;
            }
        }
        ctx.next();
    }

    private void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        try {
            ctx.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }
}
