package dev.ami.server.auth;

/** The two roles. Every admin is also a user. */
public final class Roles {
    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
