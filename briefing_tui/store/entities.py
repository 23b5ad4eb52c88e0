"""Entities: one real-world thing across reports, its reports, claims and events."""

from __future__ import annotations

from briefing_tui.store.base import Reader
from briefing_tui.store.models import Claim, Entity, Event, ReportSummary


# entity_events: an entity with fewer events than this has them sorted; a bigger
# one, found in at least limit / DATE_WALK_MAX of the reports, is read by
# walking the date index (events per report: about EVENTS_PER_REPORT).
ENTITY_EVENTS_SORT = 20_000
DATE_WALK_MAX = 20_000
EVENTS_PER_REPORT = 3

# Words left out of a title's initials: "Chief Executive Officer" is CEO.
_MINOR_WORDS = frozenset("of and the for to in on at".split())


def _initials(role: str) -> str:
    return "".join(w[0] for w in role.replace("-", " ").split() if w.casefold() not in _MINOR_WORDS).upper()


def merge_roles(counts: list[tuple[str, int]]) -> tuple[str, ...]:
    """Roles as one line each, most frequent first: forms that differ only in case
    ("Chief Executive Officer", "chief executive officer") are one role, and so is an
    all-capital abbreviation of another's initials ("CEO"); each is shown in its most
    frequent form (written with capitals, on a tie)."""
    groups: dict[str, dict[str, int]] = {}
    for role, n in counts:
        role = " ".join(role.split())
        if role:
            forms = groups.setdefault(role.casefold(), {})
            forms[role] = forms.get(role, 0) + n
    by_initials: dict[str, str] = {}
    for key in groups:
        if " " in key:
            by_initials.setdefault(_initials(key), key)
    for key in list(groups):
        forms = groups[key]
        abbreviation = " " not in key and 2 <= len(key) <= 6 and all(f.isupper() for f in forms)
        target = by_initials.get(key.upper()) if abbreviation else None
        if target is not None and target != key:
            for form, n in groups.pop(key).items():
                groups[target][form] = groups[target].get(form, 0) + n

    def shown(forms: dict[str, int]) -> str:
        return max(forms, key=lambda f: (forms[f], f != f.lower(), f))

    ranked = sorted(groups.values(), key=lambda forms: (-sum(forms.values()), shown(forms).casefold()))
    return tuple(shown(forms) for forms in ranked)


class EntityQueries(Reader):
    def entity(self, entity_id: int) -> Entity | None:
        rows = self._rows(
            "SELECT id, name, kind, report_count FROM entities WHERE id = ?", (entity_id,)
        )
        if not rows:
            return None
        aliases = tuple(
            r[0]
            for r in self._rows(
                "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias LIMIT 200", (entity_id,)
            )
            if r[0] != rows[0][1]
        )
        counts = self._rows(
            # Counted by triggers as participants are written (db/schema.sql): every
            # role it was given, read from a few rows however big the entity.
            "SELECT role, reports FROM entity_roles WHERE entity_id = ?"
            " ORDER BY reports DESC, role LIMIT 200",
            (entity_id,),
        )
        return Entity(*rows[0], aliases=aliases, roles=merge_roles(counts)[:20])


    def entity_mark(self, entity_id: int) -> tuple:
        """What changes whenever an ingest adds to what the entity's page shows: its
        report count (its participants rows: its reports, the claims about it), the
        newest claim it made and the newest event it takes part in (a claimant or an
        event's participant need not be a participant). Three index seeks, so a page
        left open while others' reports are ingested costs this, not its lists."""
        return self._rows(
            "SELECT (SELECT report_count FROM entities WHERE id = ?),"
            " (SELECT max(claim_id) FROM claim_claimants WHERE entity_id = ?),"
            " (SELECT max(event_id) FROM event_participants WHERE entity_id = ?)",
            (entity_id, entity_id, entity_id),
        )[0]


    def find_entities(self, name: str, limit: int = 10) -> list[Entity]:
        """Entities whose name or an alias equals `name` (any case), most reported first."""
        rows = self._rows(
            "SELECT DISTINCT e.id FROM entities e WHERE e.name = ? COLLATE NOCASE"
            " UNION SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE",
            (name.strip(), name.strip()),
        )
        found = [self.entity(r[0]) for r in rows]
        found = [e for e in found if e]
        found.sort(key=lambda e: (-e.report_count, e.name))
        return found[:limit]


    def entity_reports(self, entity_id: int, offset: int = 0, limit: int = 100) -> list[ReportSummary]:
        """Its reports newest first, `limit` from `offset`.

        The OFFSET runs on the covering index alone: skipping rows of the join
        read a report row for each (2 s warm, minutes cold, for the last page of
        an entity in 600k reports). A page past the middle is read from the oldest
        end, so the walk skips at most half of the entity's rows: the list's End
        key (and the list itself, which reads the last page as it opens) costs the
        page, not the entity's size (33 ms warm, 0.1-0.5 s cold, at 628k reports).
        """
        offset, limit = max(0, int(offset)), max(0, int(limit))
        inner = ("SELECT report_id, published FROM participants WHERE entity_id = ?"
                 " ORDER BY published {0}, report_id {0} LIMIT ? OFFSET ?")
        outer = ("SELECT r.id, r.title, r.published, r.source FROM ({0}) p"
                 " CROSS JOIN reports r ON r.id = p.report_id ORDER BY p.published DESC, p.report_id DESC")
        if offset and limit:
            # entities.report_count is its number of participants rows, written in the
            # same transaction (Writer._write_extraction): the list counts by it too.
            found = self._rows("SELECT report_count FROM entities WHERE id = ?", (entity_id,))
            total = found[0][0] if found else 0
            if offset >= total:
                return []
            if offset > total // 2:
                # (published, report_id) is unique, ASC is the exact reverse of DESC
                # (NULL dates first instead of last), and the outer query sorts back.
                take = min(limit, total - offset)
                rows = self._rows(outer.format(inner.format("ASC")),
                                  (entity_id, take, total - offset - take))
                return [ReportSummary(*r) for r in rows]
        rows = self._rows(outer.format(inner.format("DESC")), (entity_id, limit, offset))
        return [ReportSummary(*r) for r in rows]


    def entity_claims(self, entity_id: int, limit: int = 200) -> list[Claim]:
        """Claims the entity made, alone or with others ("South Korea and Canada")."""
        # The newest `limit` ids come from the index; an unbounded IN list built
        # every claim of an entity in most reports first (~1 s at a million).
        return self._claims(
            "c.id IN (SELECT claim_id FROM claim_claimants WHERE entity_id = ? ORDER BY claim_id DESC LIMIT ?)",
            (entity_id, limit), "c.id DESC", limit
        )


    def entity_events(self, entity_id: int, limit: int = 500) -> list[Event]:
        """Its events by resolved date, oldest first, undated ones last (the first `limit`)."""
        limit = max(0, int(limit))
        rows = self._rows("SELECT report_count FROM entities WHERE id = ?", (entity_id,))
        if not rows or limit == 0:
            return []
        order = "e.date_value IS NULL, e.date_value, e.id"
        reports = rows[0][0]
        share = min(1.0, reports / max(self._report_total(), 1))
        if reports * EVENTS_PER_REPORT <= ENTITY_EVENTS_SORT or share * DATE_WALK_MAX < limit:
            # A usual entity: sort its own events.
            return self._events(
                "e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)",
                (entity_id,), order, limit)
        # An entity in much of the archive: its events are dense in the date index,
        # so walking it in order meets `limit` of them after about limit / share rows
        # (sorting its million events would read them all).
        mine = "EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.entity_id = ?)"
        dated = self._events(f"e.date_value IS NOT NULL AND {mine}", (entity_id,), "e.date_value, e.id", limit)
        if len(dated) < limit:
            dated += self._events(f"e.date_value IS NULL AND {mine}", (entity_id,), "e.id", limit - len(dated))
        return dated

    def _report_total(self) -> int:
        count = getattr(self, "count_reports", None)
        return count() if count else self._rows("SELECT count(*) FROM reports")[0][0]

    def entity_claims_about(self, entity_id: int, limit: int = 200, scan: int = 2000) -> list[Claim]:
        """Claims by others whose reported content mentions the entity, newest reports first.

        Read from claim_subjects (written with the claims), so the cost is the
        `limit` rows asked for, whatever the entity's size. `scan` is no longer
        used (it bounded an older, scanning version) and is kept for callers.
        """
        return self._claims(
            "c.id IN (SELECT claim_id FROM claim_subjects WHERE entity_id = ? ORDER BY sort_key LIMIT ?)",
            (entity_id, max(0, int(limit))),
            "c.sort_key >> 32, c.report_id DESC, c.start",
            limit,
        )

    def suggest_entities(self, text: str, limit: int = 5) -> list[Entity]:
        """Entities whose name contains `text` (any case), most reported first: for 'did you mean'."""
        needle = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if not needle:
            return []
        rows = self._rows(
            "SELECT id FROM entities WHERE name LIKE ? ESCAPE '\\'"
            " ORDER BY report_count DESC, name LIMIT ?",
            (f"%{needle}%", limit),
        )
        return [e for e in (self.entity(r[0]) for r in rows) if e]
