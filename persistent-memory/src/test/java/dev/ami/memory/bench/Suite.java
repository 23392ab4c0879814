package dev.ami.memory.bench;

import dev.ami.memory.item.MemoryKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The synthetic memory suite in {@code bench/memory-suite.txt} (format described at its top). */
record Suite(List<User> users) {

    record Item(String ref, MemoryKind kind, String key, String text, LocalDate said) {
    }

    record Query(String category, List<String> refs, String text) {

        boolean answerable() {
            return !refs.isEmpty();
        }
    }

    record User(String id, String language, List<Item> items, List<Query> queries) {
    }

    static Suite load() {
        try (var in = Suite.class.getResourceAsStream("/bench/memory-suite.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Suite parse(List<String> lines) {
        List<User> users = new ArrayList<>();
        LocalDate session = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\|", 2)[0].strip().split("\\s+");
            String text = line.contains("|") ? line.split("\\|", 2)[1].strip() : "";
            switch (head[0]) {
                case "user" -> users.add(new User(head[1], head[2], new ArrayList<>(), new ArrayList<>()));
                case "session" -> session = LocalDate.parse(head[1]);
                case "item" -> last(users).items().add(new Item(head[1], MemoryKind.parse(head[2]),
                        "-".equals(head[3]) ? null : head[3], text, session));
                case "q" -> last(users).queries().add(new Query(head[1],
                        "-".equals(head[2]) ? List.of() : Arrays.asList(head[2].split(",")), text));
                default -> throw new IllegalArgumentException("unknown suite line: " + line);
            }
        }
        return new Suite(users);
    }

    private static User last(List<User> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("an item or query before the first user");
        }
        return users.get(users.size() - 1);
    }
}
