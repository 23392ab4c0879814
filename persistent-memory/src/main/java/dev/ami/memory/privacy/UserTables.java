package dev.ami.memory.privacy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The tables of the current schema that hold per-user rows: every table with a {@code user_id}
 * column, whoever added it. Export and erasure walk these, so a table added later is covered
 * without a change here. Runs inside the caller's session.
 */
final class UserTables {

    private UserTables() {
    }

    static Uni<List<String>> names() {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "select c.table_name::text from information_schema.columns c"
                                        + " join information_schema.tables t"
                                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                                        + " where c.table_schema = current_schema() and c.column_name = 'user_id'"
                                        + " and t.table_type = 'BASE TABLE' order by 1",
                                String.class)
                        .getResultList());
    }

    /** A table name as a quoted SQL identifier; names only ever come from information_schema. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
