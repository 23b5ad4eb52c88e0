"""The browser by keys only, at 80x24: every pane, highlights, history, search, help, copy, export."""

from __future__ import annotations

from briefing_tui.tui.screens.browser import BrowserScreen
from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.event import EventScreen
from briefing_tui.tui.screens.help import HelpScreen
from briefing_tui.tui.screens.report import ReportScreen
from briefing_tui.tui.screens.search import SearchScreen
from briefing_tui.tui.screens.timeline import TimelineScreen
from briefing_tui.tui.screens.too_small import TooSmallScreen
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle

SIZE = (80, 24)


async def open_seed(pilot) -> None:
    """Move the report list cursor to the seed report."""
    for _ in range(10):
        if pilot.app.screen.report.title.startswith("South Korea and Canada call"):
            break
        await press(pilot, "j")
    assert pilot.app.screen.report.title.startswith("South Korea and Canada call")


async def test_every_pane_by_number_and_tab(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowserScreen)
        assert app.focused.id == "reports"
        for key, wid in (("2", "article"), ("3", "participants"), ("4", "claims"), ("5", "related"), ("1", "reports")):
            await press(pilot, key)
            assert app.focused.id == wid, key
        order = []
        for _ in range(5):
            await press(pilot, "tab")
            order.append(app.focused.id)
        assert order == ["article", "participants", "claims", "related", "reports"]
        await press(pilot, "shift+tab")
        assert app.focused.id == "related"
        # At 80 columns the lower panes are tabs: only the focused one is shown.
        text = screen_text(app)
        assert "3 Participants │ 4 Claims │ 5 Events & related" in text
        assert "Events in this report" in text and "People" not in text


async def test_seed_briefing_in_panes(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        text = screen_text(app)
        assert "South Korea and Canada call for withdrawal" in text
        assert "2024-11-02 · WNAM" in text
        await press(pilot, "3")
        text = screen_text(app)
        assert "Cho Tae-yul — Foreign Minister, South Korea" in text
        assert "Melanie Joly — Foreign Minister, Canada" in text
        await press(pilot, "4")
        assert "South Korea and Canada (joint statement) called for:" in screen_text(app)
        await press(pilot, "5")
        text = screen_text(app)
        assert "2024-11-01  meeting  Two-plus-two meeting" in text
        assert "(planned)" in text


async def test_cursor_highlights_and_enter_on_claim_scrolls_article(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        article = app.screen.query_one(ArticleView)
        await press(pilot, "3")  # participants: the cursor's participant is highlighted
        assert article.highlighted_texts() == ["Cho Tae-yul"]
        await press(pilot, "j")
        assert article.highlighted_texts() == ["Kim Yong-hyun"]
        await press(pilot, "4", "j", "enter")  # the United States' claim
        assert app.focused is article
        assert article.highlighted_texts() == ["there were 10,000 North Korean troops in Russia"]
        text = screen_text(app)
        assert "were 10,000 North Korean troops in Russia" in text  # scrolled into view
        assert app.history.back_count == 1
        await press(pilot, "escape")  # back to the claim, cursor where it was
        assert app.focused.id == "claims"
        assert app.focused.current.item.claimant == "United States"
        await press(pilot, "right_square_bracket")  # forward again
        assert app.focused is article
        assert article.highlighted_texts() == ["there were 10,000 North Korean troops in Russia"]


async def test_a_shows_a_participant_in_the_article(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "3", "j", "j", "a")  # Melanie Joly
        article = app.screen.query_one(ArticleView)
        assert app.focused is article
        assert article.highlighted_texts() == ["Melanie Joly"]
        assert "Melanie Joly" in screen_text(app)
        await press(pilot, "escape")
        assert app.focused.id == "participants" and app.focused.current.item.name == "Melanie Joly"


async def test_command_palette_runs_the_same_actions(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        for ch in "Timeline":
            await pilot.press(ch)
        await settle(pilot)
        assert "Events across reports, by date" in screen_text(app)  # the binding's tooltip
        await press(pilot, "enter")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)


async def test_participant_mentions_cycle_with_n(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        article = app.screen.query_one(ArticleView)
        await press(pilot, "3")
        links = app.focused.links
        korea = next(i for i, link in enumerate(links) if link.item.name == "South Korea")
        for _ in range(korea):
            await press(pilot, "j")
        assert article.highlight_count == 3  # South Korea twice, Seoul once
        await press(pilot, "2", "n")
        assert article.current_highlight == 1
        await press(pilot, "N", "N")
        assert article.current_highlight == 2


async def test_enter_on_participant_opens_entity_and_back_restores(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "3", "j", "enter")
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(app)
        assert "Kim Yong-hyun  person  ·  in 2 reports" in text
        assert "Roles: Defense Minister" in text
        await press(pilot, "2")
        assert "told" in screen_text(app)
        await press(pilot, "y")  # a claim from the entity page, cited without a database call
        assert app.clipboard.startswith("Kim Yong-hyun told: \u201cabout 10,000 soldiers** were now in Russia\u201d. Source:")
        assert app.clipboard.endswith("2024-11-05 (briefing report 3)")
        await press(pilot, "backspace")
        assert isinstance(app.screen, BrowserScreen)
        assert app.focused.id == "participants"
        assert app.focused.current.item.name == "Kim Yong-hyun"
        assert app.screen.query_one("#reports", VirtualList).cursor == 1
        await press(pilot, "alt+right")
        assert isinstance(app.screen, EntityScreen)
        await press(pilot, "left_square_bracket")
        assert isinstance(app.screen, BrowserScreen)


async def test_event_screen_sources_and_related(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "5")
        related = app.focused
        test = next(i for i, link in enumerate(related.links) if link.kind == "event" and link.item.kind == "test")
        for _ in range(test):
            await press(pilot, "j")
        await press(pilot, "enter")
        assert isinstance(app.screen, EventScreen)
        text = screen_text(app)
        assert "Test  2024-10-31 (day)" in text and "told by 2 reports" in text
        assert "Sample: North Korea tests new Hwasong-19 missile" in text
        await press(pilot, "2")
        text = screen_text(app)
        assert "North Korea test-fired artillery near its border" in text
        assert "1 day apart" in text
        await press(pilot, "1", "enter")  # the oldest source: the monitors' report
        assert isinstance(app.screen, ReportScreen)
        article = app.screen.query_one(ArticleView)
        assert article.highlighted_texts() == ["launched its new intercontinental ballistic missile"]
        await press(pilot, "escape", "escape")
        assert isinstance(app.screen, BrowserScreen)
        assert app.focused.id == "related"


async def test_related_report_opens_report_screen(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "5", "G", "enter")
        assert isinstance(app.screen, ReportScreen)
        assert app.screen.report.id != 2
        for key, wid in (("3", "participants"), ("4", "claims"), ("5", "related"), ("2", "article")):
            await press(pilot, key)
            assert app.focused.id == wid


async def test_search_as_you_type_and_open_hit(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "hwaso":
            await pilot.press(ch)
        await settle(pilot)
        text = screen_text(app)
        assert "Reports (2)" in text
        assert "results for: hwaso" in text
        await press(pilot, "down")
        assert app.focused.id == "search-results"
        results = app.focused
        for _ in range(len(results.links)):  # participants come first: go down to a report
            if results.current.kind == "report":
                break
            await press(pilot, "down")
        await press(pilot, "enter")
        assert isinstance(app.screen, ReportScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input").value == "hwaso"
        await press(pilot, "escape")
        assert isinstance(app.screen, BrowserScreen)


async def test_search_never_shows_a_traceback(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        for ch in '"unbalanced AND OR ( * NEAR(':
            await pilot.press(ch if ch != " " else "space")
        await settle(pilot)
        text = screen_text(app)
        assert "Traceback" not in text and "Error" not in text
        assert isinstance(app.screen, SearchScreen)


async def test_timeline_screen_sections_and_filter(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        assert isinstance(app.screen, TimelineScreen)
        text = screen_text(app)
        assert "1 Dated │ 2 Planned │ 3 Date not resolved" in text
        assert "2007-01     lawsuit" in text
        await press(pilot, "2")
        assert "2007-06     launch" in screen_text(app)
        await press(pilot, "3")
        assert "deployment   North Korean troops deployed to Kursk" in screen_text(app)
        await press(pilot, "f")
        for ch in "jobs":
            await pilot.press(ch)
        await press(pilot, "enter")
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.location.key[0] is not None
        text = screen_text(app)
        assert "Timeline: Steve Jobs" in text
        assert "2007-06-29  launch       The iPhone went on sale  · 2 sources" in text
        await press(pilot, "escape")
        assert app.screen.location.key == (None, None, None)


async def test_timeline_bad_date_filter_is_one_line(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t", "f", "tab")
        for ch in "2024-13":
            await pilot.press(ch)
        await press(pilot, "enter")
        assert "'2024-13' has no month 13" in screen_text(app)


async def test_help_lists_every_binding(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in ("Quit", "Search", "Timeline", "Copy", "Export", "Back", "Forward",
                      "Go to Participants", "Next pane", "Next highlight", "Page down"):
            assert words in text, words
        await press(pilot, "escape")
        assert isinstance(app.screen, BrowserScreen)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "f1")
        assert isinstance(app.screen, BrowserScreen)


async def test_copy_with_citation(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "4", "j", "y")
        assert app.clipboard == (
            "United States said: \u201cthere were 10,000 North Korean troops in Russia\u201d. Source: "
            "\u201cSouth Korea and Canada call for withdrawal of North Korean troops from Russia\u201d, "
            "WNAM, 2024-11-02 (briefing report 2)"
        )
        await press(pilot, "3", "y")
        assert app.clipboard.startswith("Cho Tae-yul (person): Foreign Minister, South Korea. Source:")


async def test_export_markdown(handmade_db, make_app, tmp_path):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "e")
        await press(pilot, "enter")
        await settle(pilot)
        out = tmp_path / "exports" / "briefing-report-2.md"
        text = out.read_text(encoding="utf-8")
        assert text.startswith("# South Korea and Canada call for withdrawal")
        assert "- **Cho Tae-yul**: Foreign Minister, South Korea" in text
        assert "## Key claims" in text and "## Events" in text
        await press(pilot, "e", "enter")  # a second export never overwrites the first
        await settle(pilot)
        assert (tmp_path / "exports" / "briefing-report-2-2.md").exists()


async def test_too_small_terminal_shows_message_and_recovers(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(40, 10)
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        assert "Terminal too small: 40x10" in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert isinstance(app.screen, BrowserScreen)
        assert "1 Reports" in screen_text(app)


async def test_wide_terminal_shows_lower_panes_side_by_side(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        text = screen_text(app)
        assert "3 Participants │ 4 Claims" not in text  # no tab bar
        for title in ("1 Reports", "2 Article", "3 Participants", "4 Claims", "5 Events & related"):
            assert title in text
        assert "Cho Tae-yul" in text and "called for" in text and "Two-plus-two" in text


async def test_quit(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
