package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirrorChange;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredGroupMutes;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.mirror.MirroredUser;
import rongcloud.gateway.domain.paging.PageRequest;

/**
 * {@link StateMirror} on PostgreSQL with Hibernate ORM Panache. RongCloud's group mute APIs take any group id: their
 * changes arrive as LEGACY and are filed under HOSTED when the mirror knows the id only as a hosted group; mutes in
 * every group ({@code "*"}) are filed under LEGACY and apply to groups of both kinds.
 */
@ApplicationScoped
public class PanacheStateMirror implements StateMirror {
    /** Stored for permanent mutes (Instant.MAX is out of the database's range). */
    static final Instant FOREVER = Instant.parse("9999-12-31T23:59:59Z");

    @Override
    public void apply(Instant at, List<MirrorChange> changes) {
        try {
            write(at, changes);
        } catch (rongcloud.gateway.domain.error.StoreUnavailableException e) {
            // two instances creating the same row at once: one loses on the primary key; once more sees the row
            write(at, changes);
        }
    }

    private void write(Instant at, List<MirrorChange> changes) {
        Store.tx("state mirror write", () -> {
            for (MirrorChange change : changes) {
                applyOne(at, change);
            }
            return null;
        });
    }

    private void applyOne(Instant at, MirrorChange change) {
        if (change instanceof MirrorChange.UserWritten u) {
            MirrorUserEntity e = MirrorUserEntity.findById(u.userId());
            boolean created = e == null;
            if (created) {
                e = new MirrorUserEntity();
                e.userId = u.userId();
                e.createdAt = at;
            }
            MirrorUserEntity row = e;
            u.name().ifPresent(n -> row.name = n);
            u.portraitUri().ifPresent(p -> row.portraitUri = p);
            row.updatedAt = at;
            if (created) {
                row.persist();
            }
        } else if (change instanceof MirrorChange.UsersDeactivated d) {
            for (String id : d.userIds()) {
                MirrorUserEntity e = MirrorUserEntity.findById(id);
                boolean created = e == null;
                if (created) {
                    e = new MirrorUserEntity();
                    e.userId = id;
                    e.createdAt = at;
                }
                e.deactivated = d.deactivated();
                e.updatedAt = at;
                if (created) {
                    e.persist();
                }
            }
        } else if (change instanceof MirrorChange.GroupWritten g) {
            MirrorGroupEntity e = group(g.kind(), g.groupId(), at);
            g.name().ifPresent(n -> e.name = n);
            g.ownerId().ifPresent(o -> e.ownerId = o);
            e.updatedAt = at;
        } else if (change instanceof MirrorChange.GroupDismissed d) {
            MirrorMembershipEntity.delete("key.kind = ?1 and key.groupId = ?2", d.kind().name(), d.groupId());
            MirrorMuteEntity.delete("key.kind = ?1 and key.groupId = ?2", d.kind().name(), d.groupId());
            MirrorMuteAllowEntity.delete("key.kind = ?1 and key.groupId = ?2", d.kind().name(), d.groupId());
            MirrorGroupEntity.delete("key.kind = ?1 and key.groupId = ?2", d.kind().name(), d.groupId());
        } else if (change instanceof MirrorChange.MembersAdded m) {
            MirrorGroupEntity g = group(m.kind(), m.groupId(), at);
            g.updatedAt = at;
            for (String user : m.userIds()) {
                MemberKey key = new MemberKey(m.kind().name(), m.groupId(), user);
                if (MirrorMembershipEntity.findById(key) == null) {
                    MirrorMembershipEntity e = new MirrorMembershipEntity();
                    e.key = key;
                    e.joinedAt = at;
                    e.persist();
                }
            }
        } else if (change instanceof MirrorChange.MembersRemoved m) {
            MirrorMembershipEntity.delete("key.kind = ?1 and key.groupId = ?2 and key.userId in ?3",
                    m.kind().name(), m.groupId(), m.userIds());
            MirrorGroupEntity g = MirrorGroupEntity.findById(new GroupKey(m.kind().name(), m.groupId()));
            if (g != null) {
                g.updatedAt = at;
            }
        } else if (change instanceof MirrorChange.UserLeftAll u) {
            MirrorMembershipEntity.delete("key.kind = ?1 and key.userId = ?2", u.kind().name(), u.userId());
        } else if (change instanceof MirrorChange.UserGroupsReplaced r) {
            MirrorMembershipEntity.delete("key.kind = ?1 and key.userId = ?2", r.kind().name(), r.userId());
            for (MirrorChange.GroupWritten g : r.groups()) {
                applyOne(at, g);
                applyOne(at, new MirrorChange.MembersAdded(r.kind(), g.groupId(), List.of(r.userId())));
            }
        } else if (change instanceof MirrorChange.MembersMuted m) {
            Instant until = m.until().isAfter(FOREVER) ? FOREVER : m.until();
            String kind = muteKind(m.kind(), m.groupId()).name();
            for (String user : m.userIds()) {
                MemberKey key = new MemberKey(kind, m.groupId(), user);
                MirrorMuteEntity e = MirrorMuteEntity.findById(key);
                boolean created = e == null;
                if (created) {
                    e = new MirrorMuteEntity();
                    e.key = key;
                }
                e.mutedUntil = until;
                e.updatedAt = at;
                if (created) {
                    e.persist();
                }
            }
        } else if (change instanceof MirrorChange.MembersUnmuted m) {
            MirrorMuteEntity.delete("key.kind = ?1 and key.groupId = ?2 and key.userId in ?3",
                    muteKind(m.kind(), m.groupId()).name(), m.groupId(), m.userIds());
        } else if (change instanceof MirrorChange.GroupMuteAll m) {
            for (String id : m.groupIds()) {
                MirrorGroupEntity g = group(muteKind(m.kind(), id), id, at);
                g.muteAll = m.muted();
                g.updatedAt = at;
            }
        } else if (change instanceof MirrorChange.MuteAllowlistChanged a) {
            String kind = muteKind(a.kind(), a.groupId()).name();
            for (String user : a.userIds()) {
                MemberKey key = new MemberKey(kind, a.groupId(), user);
                MirrorMuteAllowEntity e = MirrorMuteAllowEntity.findById(key);
                if (a.added() && e == null) {
                    e = new MirrorMuteAllowEntity();
                    e.key = key;
                    e.updatedAt = at;
                    e.persist();
                } else if (a.added()) {
                    e.updatedAt = at;
                } else if (e != null) {
                    e.delete();
                }
            }
            if (!a.added()) { // a removal leaves no row: the group's row keeps the time of the change
                MirrorGroupEntity g = MirrorGroupEntity.findById(new GroupKey(kind, a.groupId()));
                if (g != null) {
                    g.updatedAt = at;
                }
            }
        }
    }

    /**
     * The kind a group mute change is filed under: the mute APIs do not say, so a LEGACY change to an id the mirror
     * knows only as a hosted group is a hosted group's.
     */
    private static GroupKind muteKind(GroupKind kind, String groupId) {
        if (kind != GroupKind.LEGACY || MirroredGroupMutes.EVERY_GROUP.equals(groupId)
                || MirrorGroupEntity.findById(new GroupKey(GroupKind.LEGACY.name(), groupId)) != null) {
            return kind;
        }
        return MirrorGroupEntity.findById(new GroupKey(GroupKind.HOSTED.name(), groupId)) != null
                ? GroupKind.HOSTED : kind;
    }

    private static MirrorGroupEntity group(GroupKind kind, String groupId, Instant at) {
        GroupKey key = new GroupKey(kind.name(), groupId);
        MirrorGroupEntity e = MirrorGroupEntity.findById(key);
        if (e == null) {
            e = new MirrorGroupEntity();
            e.key = key;
            e.createdAt = at;
            e.updatedAt = at;
            e.persist();
        }
        return e;
    }

    @Override
    public Optional<MirroredUser> user(String userId) {
        return Store.tx("state mirror read", () -> {
            MirrorUserEntity e = MirrorUserEntity.findById(userId);
            return Optional.ofNullable(e).map(PanacheStateMirror::toUser);
        });
    }

    @Override
    public Optional<MirroredGroup> group(GroupKind kind, String groupId) {
        return Store.tx("state mirror read", () -> {
            MirrorGroupEntity g = MirrorGroupEntity.findById(new GroupKey(kind.name(), groupId));
            if (g == null) {
                return Optional.<MirroredGroup>empty();
            }
            long members = MirrorMembershipEntity.count("key.kind = ?1 and key.groupId = ?2", kind.name(), groupId);
            List<String> allowlist = MirrorMuteAllowEntity.<MirrorMuteAllowEntity>find(
                    "key.kind = ?1 and key.groupId = ?2 order by key.userId", kind.name(), groupId)
                    .stream().map(a -> a.key.userId).toList();
            return Optional.of(new MirroredGroup(kind, groupId, Optional.ofNullable(g.name),
                    Optional.ofNullable(g.ownerId), members, g.muteAll, allowlist, g.createdAt, g.updatedAt));
        });
    }

    @Override
    public rongcloud.gateway.domain.paging.Page<MirroredMember> members(GroupKind kind, String groupId,
                                                                        PageRequest page) {
        return Store.tx("state mirror read", () -> {
            List<MirrorMembershipEntity> rows = MirrorMembershipEntity
                    .<MirrorMembershipEntity>find("key.kind = ?1 and key.groupId = ?2 order by key.userId",
                            kind.name(), groupId)
                    .page(Page.of(page.page() - 1, page.size())).list();
            return rongcloud.gateway.domain.paging.Page.of(toMembers(rows), page);
        });
    }

    @Override
    public rongcloud.gateway.domain.paging.Page<MirroredMember> groupsOf(String userId, Optional<GroupKind> kind,
                                                                         PageRequest page) {
        return Store.tx("state mirror read", () -> {
            List<MirrorMembershipEntity> rows = (kind.isPresent()
                    ? MirrorMembershipEntity.<MirrorMembershipEntity>find(
                            "key.userId = ?1 and key.kind = ?2 order by key.kind, key.groupId", userId, kind.get().name())
                    : MirrorMembershipEntity.<MirrorMembershipEntity>find(
                            "key.userId = ?1 order by key.kind, key.groupId", userId))
                    .page(Page.of(page.page() - 1, page.size())).list();
            return rongcloud.gateway.domain.paging.Page.of(toMembers(rows), page);
        });
    }

    private static List<MirroredMember> toMembers(List<MirrorMembershipEntity> rows) {
        Map<GroupKey, Optional<String>> names = new HashMap<>();
        return rows.stream().map(m -> {
            GroupKey gk = new GroupKey(m.key.kind, m.key.groupId);
            Optional<String> name = names.computeIfAbsent(gk, k -> {
                MirrorGroupEntity g = MirrorGroupEntity.findById(k);
                return g == null ? Optional.empty() : Optional.ofNullable(g.name);
            });
            Optional<Instant> muted = mute(m.key.kind, m.key.groupId, m.key.userId);
            return new MirroredMember(GroupKind.valueOf(m.key.kind), m.key.groupId, name, m.key.userId, m.joinedAt,
                    muted);
        }).toList();
    }

    private static Optional<Instant> mute(String kind, String groupId, String userId) {
        MirrorMuteEntity own = MirrorMuteEntity.findById(new MemberKey(kind, groupId, userId));
        MirrorMuteEntity every = MirrorMuteEntity.findById(
                new MemberKey(GroupKind.LEGACY.name(), MirroredGroupMutes.EVERY_GROUP, userId));
        Instant until = null;
        for (MirrorMuteEntity e : new MirrorMuteEntity[] {own, every}) {
            if (e != null && (until == null || e.mutedUntil.isAfter(until))) {
                until = e.mutedUntil;
            }
        }
        return Optional.ofNullable(until).map(u -> u.equals(FOREVER) ? Instant.MAX : u);
    }

    // ---- cache warm-up ----

    @Override
    @SuppressWarnings("unchecked")
    public List<String> userIdsWrittenSince(Instant since, int limit) {
        return Store.tx("state mirror read", () -> (List<String>) Panache.getEntityManager().createQuery(
                        "select u.userId from MirrorUserEntity u where u.updatedAt >= ?1 and u.name is not null"
                                + " and u.deactivated = false order by u.updatedAt desc")
                .setParameter(1, since).setMaxResults(limit).getResultList());
    }

    @Override
    public Map<String, MirroredUser> users(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return Store.tx("state mirror read", () -> {
            Map<String, MirroredUser> found = new HashMap<>();
            MirrorUserEntity.<MirrorUserEntity>list("userId in ?1", List.copyOf(userIds))
                    .forEach(u -> found.put(u.userId, toUser(u)));
            return found;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> groupMutesWrittenSince(Instant since, int limit) {
        return Store.tx("state mirror read", () -> {
            var em = Panache.getEntityManager();
            // the newest write per group id over the three sources, most recent first
            List<Object[]> rows = em.createNativeQuery("""
                    select group_id, max(at) from (
                      select group_id, updated_at as at from mirror_group where updated_at >= :since
                      union all select group_id, updated_at from mirror_mute where updated_at >= :since
                      union all select group_id, updated_at from mirror_mute_allow where updated_at >= :since
                    ) w group by group_id order by max(at) desc limit :limit""")
                    .setParameter("since", since).setParameter("limit", limit).getResultList();
            return rows.stream().map(r -> (String) r[0]).toList();
        });
    }

    @Override
    public Map<String, MirroredGroupMutes> groupMutes(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(groupIds));
        return Store.tx("state mirror read", () -> {
            Map<String, Instant> updated = new HashMap<>();
            Map<String, Boolean> muteAll = new HashMap<>();
            Map<String, Map<String, Instant>> mutes = new HashMap<>();
            Map<String, Set<String>> allowed = new HashMap<>();
            MirrorGroupEntity.<MirrorGroupEntity>list("key.groupId in ?1", ids).forEach(g -> {
                muteAll.merge(g.key.groupId, g.muteAll, Boolean::logicalOr);
                updated.merge(g.key.groupId, g.updatedAt, PanacheStateMirror::later);
            });
            MirrorMuteEntity.<MirrorMuteEntity>list("key.groupId in ?1", ids).forEach(m -> {
                Instant until = m.mutedUntil.equals(FOREVER) ? Instant.MAX : m.mutedUntil;
                mutes.computeIfAbsent(m.key.groupId, k -> new HashMap<>()).merge(m.key.userId, until,
                        PanacheStateMirror::later);
                updated.merge(m.key.groupId, m.updatedAt, PanacheStateMirror::later);
            });
            MirrorMuteAllowEntity.<MirrorMuteAllowEntity>list("key.groupId in ?1", ids).forEach(a -> {
                allowed.computeIfAbsent(a.key.groupId, k -> new HashSet<>()).add(a.key.userId);
                updated.merge(a.key.groupId, a.updatedAt, PanacheStateMirror::later);
            });
            Map<String, MirroredGroupMutes> result = new LinkedHashMap<>();
            for (String id : ids) {
                Instant at = updated.get(id);
                if (at != null) {
                    result.put(id, new MirroredGroupMutes(id, muteAll.getOrDefault(id, false),
                            mutes.getOrDefault(id, Map.of()), allowed.getOrDefault(id, Set.of()), at));
                }
            }
            return result;
        });
    }

    private static MirroredUser toUser(MirrorUserEntity u) {
        return new MirroredUser(u.userId, Optional.ofNullable(u.name), Optional.ofNullable(u.portraitUri),
                u.deactivated, u.createdAt, u.updatedAt);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
