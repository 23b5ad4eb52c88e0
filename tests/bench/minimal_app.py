"""The baseline for the app benchmarks: the smallest Textual app with a header,
some text and a footer, started and driven exactly as briefing is."""

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

LINES = [f"Baseline line {i}: a report title of ordinary length would go here" for i in range(40)]


class MinimalApp(App):
    BINDINGS = [Binding("q", "quit", "Quit"), Binding("j", "down", "Down")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("\n".join(LINES), id="body")
        yield Footer()

    def action_down(self) -> None:
        LINES.append(LINES.pop(0))
        self.query_one("#body", Static).update("\n".join(LINES))


if __name__ == "__main__":
    MinimalApp().run()
