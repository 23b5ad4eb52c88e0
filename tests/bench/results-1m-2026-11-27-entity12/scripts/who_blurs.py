import asyncio, sys, traceback
sys.path.insert(0, "/work/wt/entity12"); sys.path.insert(0, "/work/wt/entity12/tests")
from pathlib import Path
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.widgets.lean_paint import LeanPaint
from textual.css.stylesheet import Stylesheet
DB = Path(sys.argv[1]); NAME = sys.argv[2]
log = {"on": False}
orig = LeanPaint._focus_changed
def fc(self, focused):
    if log["on"]:
        print("FOCUS_CHANGED", type(self).__name__, self.id, focused, "screen", type(self.screen).__name__)
        traceback.print_stack(limit=12)
    return orig(self, focused)
LeanPaint._focus_changed = fc
oa = Stylesheet.apply
def ap(self, node, *a, **k):
    if log["on"]: print("APPLY", type(node).__name__, node.id)
    return oa(self, node, *a, **k)
Stylesheet.apply = ap
async def main():
    import inspect
    from briefing_tui.store import Store
    app = BriefingApp(Store(DB))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(1.0)
        await pilot.press("slash"); await pilot.pause(0.3)
        await pilot.press(*NAME); await pilot.pause(1.5)
        await pilot.press("down"); await pilot.pause(0.5)
        log["on"] = True
        print("=== ENTER")
        await pilot.press("enter"); await pilot.pause(0.5)
        log["on"] = False
        print("screen", type(app.screen).__name__)
        await pilot.press("backspace"); await pilot.pause(0.3); await pilot.press("escape"); await pilot.pause(0.3)
        await pilot.press("slash"); await pilot.pause(0.3)
        await pilot.press(*NAME); await pilot.pause(1.5)
        await pilot.press("down"); await pilot.pause(0.5)
        log["on"] = True
        print("=== ENTER 2")
        await pilot.press("enter"); await pilot.pause(0.5)
        log["on"] = False
asyncio.run(main())
