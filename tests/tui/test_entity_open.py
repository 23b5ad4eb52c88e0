"""Opening an entity (80x24, by keys): its figures and first reports come with the
screen, its claims and timeline after; an unknown entity says so; a reused screen
never shows the last entity's rows."""

from __future__ import annotations

from briefing_tui.store import Store
from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.widgets.link_list import LinkList
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import open_seed_entity, press, screen_text, settle
from tui.test_browser import SIZE


def claim_ids(pane: LinkList) -> list[int]:
    return [item.id for kind, item in pane.links if kind == "claim"]


async def test_an_entity_opens_with_its_figures_reports_claims_and_timeline(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seed_entity(pilot)
        store = Store(handmade_db)
        try:
            entity = store.entity(screen.entity_id)
            newest = store.entity_reports(entity.id, 0, 100)
            by = store.entity_claims(entity.id, limit=200)
            about = store.entity_claims_about(entity.id, limit=200)
            sections, _ = store.recent_entity_timeline(entity.id)
        finally:
            store.close()
        text = screen_text(app)
        assert f"{entity.name}  {entity.kind}" in text
        assert f"in {entity.report_count:,} report" in text
        reports = screen.query_one("#entity-reports", VirtualList)
        assert [reports.item(i).id for i in range(len(newest))] == [r.id for r in newest]
        assert newest[0].title[:20] in text  # the first row, painted
        # Claims and timeline: rows made in the worker, the same claims the store reads.
        claims = screen.query_one("#entity-claims", LinkList)
        assert claim_ids(claims) == [c.id for c in (*by, *about)]
        assert by or about, "the entity must have claims, or this test cannot fail"
        timeline = screen.query_one("#entity-timeline", LinkList)
        assert timeline.loaded
        assert [g.event.id for _, g in timeline.links] == [
            g.event.id for section in ("dated", "planned", "undated") for g in sections[section]]
        await press(pilot, "2")
        assert app.focused is claims
        assert claims.current is not None


async def test_an_unknown_entity_says_so(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_entity(987_654, "Nobody")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(app)
        assert "No entity with id 987654." in text
        assert "No reports." in text


async def test_a_reused_screen_shows_the_new_entity_rows_only(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seed_entity(pilot)
        first = screen.entity
        await press(pilot, "backspace")
        participants = app.focused
        other = next(link.item for link in participants.links if link.item.entity_id != first.id)
        participants.select_link(lambda link: link.item.entity_id == other.entity_id)
        await press(pilot, "enter")
        assert app.screen is screen and screen.entity.id == other.entity_id
        store = Store(handmade_db)
        try:
            want = [r.id for r in store.entity_reports(other.entity_id, 0, 100)]
            claims = store.entity_claims(other.entity_id, limit=200) + store.entity_claims_about(other.entity_id)
        finally:
            store.close()
        reports = screen.query_one("#entity-reports", VirtualList)
        assert [reports.item(i).id for i in range(len(want))] == want
        assert reports.item(len(want)) is None
        assert claim_ids(screen.query_one("#entity-claims", LinkList)) == [c.id for c in claims]
        text = screen_text(app)
        assert f"{other.name}  {other.kind}" in text and f"{first.name}  {first.kind}" not in text
