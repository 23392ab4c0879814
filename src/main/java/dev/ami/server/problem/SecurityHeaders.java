package dev.ami.server.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser hardening for Ami's own page and API: a strict Content-Security-Policy (the page has no
 * inline script or style and loads nothing from elsewhere), no MIME sniffing, no referrer. The
 * operations UIs under {@code /q/} (Swagger UI) are left alone: they need inline code.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; script-src 'self'; "
            + "style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::add);
    }

    private void add(RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith("/q/")) {
            ctx.response().headers()
                    .set("Content-Security-Policy", CSP)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", "no-referrer");
        }
        ctx.next();
    }
}
