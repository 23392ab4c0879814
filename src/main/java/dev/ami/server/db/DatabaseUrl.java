package dev.ami.server.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PostgreSQL location as users write it ({@code postgresql://user:secret@host:5432/ami?sslmode=require},
 * also {@code postgres://} or {@code jdbc:postgresql://}), split into the forms Quarkus needs: the
 * reactive URL for requests, the JDBC URL for migrations, and the credentials.
 */
public record DatabaseUrl(String reactiveUrl, String jdbcUrl, Optional<String> username, Optional<String> password) {

    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database URL is empty");
        }
        String trimmed = url.trim();
        String rest = trimmed.startsWith("jdbc:") ? trimmed.substring("jdbc:".length()) : trimmed;
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("database URL is not a valid URI: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException(
                    "database URL must start with postgresql://, postgres:// or jdbc:postgresql://, was " + scheme + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("database URL names no host");
        }
        String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        return new DatabaseUrl(
                "postgresql://" + hostPort + path + query,
                "jdbc:postgresql://" + hostPort + path + query,
                user,
                password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return reactiveUrl + username.map(u -> " (user " + u + ")").orElse("");
    }
}
