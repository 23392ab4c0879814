-- Episodic memory: conversations and their messages, per user and per assistant.
create table conversation (
    id           uuid         primary key,
    user_id      uuid         not null references ami_user (id) on delete cascade,
    assistant_id varchar(100) not null,
    title        varchar(200) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);

create index conversation_user_idx on conversation (user_id, updated_at desc);

create table message (
    id              uuid        primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    user_id         uuid        not null references ami_user (id) on delete cascade,
    seq             integer     not null,
    role            varchar(16) not null check (role in ('user', 'assistant')),
    content         text        not null,
    engine          varchar(200),
    -- the client's idempotency key of the turn (or one the server made): a retried turn is answered
    -- from what is stored instead of being added twice
    turn_id         varchar(100) not null,
    created_at      timestamptz not null,
    unique (conversation_id, seq)
);

create unique index message_turn_idx on message (user_id, turn_id, role);
create index message_conversation_idx on message (conversation_id, seq);
