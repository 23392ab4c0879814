-- Assistants registered at run time by admins (built-ins ship in the assistants module), and each
-- user's default assistant.
create table custom_assistant (
    id         varchar(100) primary key,
    manifest   text         not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

alter table ami_user add column default_assistant varchar(100);
