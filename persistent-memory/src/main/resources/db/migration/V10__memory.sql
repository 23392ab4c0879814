-- Per-user memory (issue 5). Every row belongs to one user and goes with them (on delete cascade).

-- One row per remembered fact, preference or event. A row is current while valid_until is null;
-- superseding or forgetting sets valid_until (and superseded_by), so history is kept.
create table memory_item (
    id                uuid         primary key,
    user_id           uuid         not null references ami_user (id) on delete cascade,
    kind              varchar(16)  not null check (kind in ('fact', 'preference', 'event')),
    memory_key        varchar(200),
    text              text         not null check (length(text) between 1 and 4000),
    language          varchar(16),
    importance        real         not null check (importance >= 0 and importance <= 1),
    source_message_id uuid,
    turn_id           varchar(200),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    valid_until       timestamptz,
    superseded_by     uuid,
    -- the vector as little-endian float32 (no pgvector here); searched exactly per user, in process
    embedding         bytea        not null,
    embedding_model   varchar(200) not null
);

create index memory_item_current_idx on memory_item (user_id) where valid_until is null;
create index memory_item_user_created_idx on memory_item (user_id, created_at);
-- at most one current item per key and user: supersession is the only way to change a keyed item
create unique index memory_item_current_key_uidx on memory_item (user_id, memory_key)
    where valid_until is null and memory_key is not null;

-- Bumped in every transaction that changes a user's memory: readers compare it with the version
-- of their in-process cache. Its row lock also serializes concurrent writers of one user.
create table memory_user_state (
    user_id    uuid        primary key references ami_user (id) on delete cascade,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- One row per applied turn: a retried turn finds its row and adds nothing.
create table memory_turn (
    user_id    uuid         not null references ami_user (id) on delete cascade,
    turn_id    varchar(200) not null,
    applied_at timestamptz  not null,
    primary key (user_id, turn_id)
);
