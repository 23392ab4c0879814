-- Users and API keys. Keys are stored only as SHA-256 hashes of high-entropy secrets.
create table ami_user (
    id         uuid         primary key,
    name       varchar(200) not null unique,
    role       varchar(16)  not null check (role in ('user', 'admin')),
    created_at timestamptz  not null
);

create table api_key (
    id         uuid        primary key,
    user_id    uuid        not null references ami_user (id) on delete cascade,
    key_hash   bytea       not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create index api_key_user_idx on api_key (user_id);
