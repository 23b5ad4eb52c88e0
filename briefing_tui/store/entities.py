"""Entities: one real-world thing across reports, its reports, claims and events."""

from __future__ import annotations

from briefing_tui.store.base import Reader
from briefing_tui.store.models import Claim, Entity, Event, ReportSummary


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
            # Roles in its latest 5000 reports: a bounded read however big the entity.
            "SELECT role, count(*) AS n FROM (SELECT role FROM participants WHERE entity_id = ?"
            " ORDER BY published DESC, report_id DESC LIMIT 5000) WHERE role IS NOT NULL"
            " GROUP BY role ORDER BY n DESC, role LIMIT 200",
            (entity_id,),
        )
        return Entity(*rows[0], aliases=aliases, roles=merge_roles(counts)[:20])


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
        # The OFFSET runs on the covering index alone: skipping rows of the join
        # read a report row for each (2 s warm, minutes cold, for the last page of
        # an entity in 600k reports).
        rows = self._rows(
            "SELECT r.id, r.title, r.published, r.source FROM (SELECT report_id, published"
            "  FROM participants WHERE entity_id = ? ORDER BY published DESC, report_id DESC"
            "  LIMIT ? OFFSET ?) p CROSS JOIN reports r ON r.id = p.report_id"
            " ORDER BY p.published DESC, p.report_id DESC",
            (entity_id, max(0, int(limit)), max(0, int(offset))),
        )
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
        return self._events(
            "e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)",
            (entity_id,),
            "e.date_value IS NULL, e.date_value, e.id",
            limit,
        )


    def entity_claims_about(self, entity_id: int, limit: int = 200, scan: int = 2000) -> list[Claim]:
        """Claims by others whose reported content mentions the entity, newest reports first.

        Looks in the entity's latest `scan` reports only, so the cost stays flat for
        entities in most of the archive.
        """
        return self._claims(
            "c.id IN (SELECT c2.id FROM (SELECT report_id, mentions, published FROM participants"
            "   WHERE entity_id = ? ORDER BY published DESC, report_id DESC LIMIT ?) p"
            " JOIN claims c2 ON c2.report_id = p.report_id"
            " WHERE NOT EXISTS (SELECT 1 FROM claim_claimants cc"
            "   WHERE cc.claim_id = c2.id AND cc.entity_id = ?)"
            " AND EXISTS (SELECT 1 FROM json_each(p.mentions) m"
            "   WHERE json_extract(m.value, '$[0]') >= c2.start"
            "   AND json_extract(m.value, '$[1]') <= c2.end)"
            " ORDER BY p.published DESC, p.report_id DESC LIMIT ?)",
            (entity_id, scan, entity_id, limit),
            "(SELECT published FROM reports r WHERE r.id = c.report_id) DESC, c.report_id DESC, c.start",
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
