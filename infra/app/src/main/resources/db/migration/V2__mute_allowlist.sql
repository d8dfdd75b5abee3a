-- Issue 8: the mute-all allow list of a group, as written through the gateway (/group/user/ban/whitelist/*).
create table mirror_mute_allow (
    kind       varchar(8)  not null,
    group_id   varchar(64) not null,
    user_id    varchar(64) not null,
    updated_at timestamptz not null,
    primary key (kind, group_id, user_id)
);

-- cache warm-up on start reads what was written recently
create index mirror_user_updated on mirror_user (updated_at);
create index mirror_group_updated on mirror_group (updated_at);
create index mirror_mute_updated on mirror_mute (updated_at);
create index mirror_mute_allow_updated on mirror_mute_allow (updated_at);
