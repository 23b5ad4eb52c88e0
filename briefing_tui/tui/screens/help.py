"""Help: every key on the current screen, from the same Bindings the footer and palette use."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.link_list import LinkList
from briefing_tui.tui.widgets.virtual_list import VirtualList

WIDGET_GROUPS = (
    (VirtualList, "In long lists (reports, timeline)"),
    (LinkList, "In short lists (participants, claims, events, results)"),
    (ArticleView, "In the article"),
    (Input, "In text fields (search, filters)"),
)


def screen_bindings(page) -> Iterator[tuple[str, Binding, DOMNode]]:
    """(group, binding, node) for the app, the screen, then each kind of widget on it."""
    app = page.app
    for group, node in (("Everywhere", app), ("On this screen", page)):
        for binding in _bindings(node):
            if app._check_action_state(binding.action, node) is not False:
                yield group, binding, node
    for cls, group in WIDGET_GROUPS:
        found = list(page.query(cls))
        if found:
            for binding in _bindings(found[0]):
                yield group, binding, found[0]


def _bindings(node: DOMNode) -> list[Binding]:
    out = []
    for bindings in node._bindings.key_to_bindings.values():
        out.extend(bindings)
    return out


# Textual's own bindings that come without a description.
KNOWN_ACTIONS = {"help_quit": "How to quit", "command_palette": "Command palette"}


def help_content(page) -> Content:
    app = page.app
    rows: dict[str, dict[tuple[str, str], list[str]]] = {}
    for group, binding, _node in screen_bindings(page):
        description = binding.description or KNOWN_ACTIONS.get(binding.action, binding.action.replace("_", " "))
        keys = rows.setdefault(group, {}).setdefault((binding.action, description), [])
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    parts: list = []
    for group, actions in rows.items():
        parts.append((f"{group}\n", "bold underline"))
        for (_action, description), keys in actions.items():
            parts.append((", ".join(keys).ljust(26), "bold"))
            parts.append(f" {description}\n")
        parts.append("\n")
    parts.append(("Enter follows a link: an entity, an event, a report, or a claim's sentence.\n", "italic"))
    parts.append(("The article highlights what the cursor rests on in the focused pane.", "italic"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
        Binding("down,j", "scroll('down')", "Scroll down", show=False),
        Binding("up,k", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = f"Keys: {self.page.location.title}"[:60]
            body.border_subtitle = "Escape closes"
            yield Static(help_content(self.page), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=1 if direction == "down" else -1, animate=False)
