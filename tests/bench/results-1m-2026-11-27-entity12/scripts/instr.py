"""thread_time spent in named functions while measuring (main thread only)."""
import time, threading, functools, os, cProfile
PL = os.environ.get("PROFILE_LABEL"); PROF = cProfile.Profile()
from collections import defaultdict
totals = defaultdict(float); counts = defaultdict(int)
active = {"on": False}
_depth = defaultdict(int)
def wrap(owner, name, label):
    fn = getattr(owner, name)
    @functools.wraps(fn)
    def inner(*a, **k):
        if not active["on"] or threading.current_thread() is not threading.main_thread() or _depth[label]:
            return fn(*a, **k)
        _depth[label] += 1
        t = time.thread_time()
        if label == PL: PROF.enable()
        try:
            return fn(*a, **k)
        finally:
            if label == PL: PROF.disable()
            _depth[label] -= 1
            totals[label] += time.thread_time() - t; counts[label] += 1
    setattr(owner, name, inner)
def install():
    from textual.css.stylesheet import Stylesheet
    from textual.screen import Screen
    from textual._compositor import Compositor
    from textual.app import App
    from textual import screen as screen_mod
    wrap(Stylesheet, "update_nodes", "restyle(update_nodes)")
    wrap(Stylesheet, "apply", "stylesheet.apply(all)")
    wrap(Compositor, "reflow", "layout(reflow)")
    wrap(Compositor, "_arrange_root", "compositor._arrange_root")
    wrap(Compositor, "render_update", "render_update")
    wrap(Compositor, "_get_renders", "compositor._get_renders")
    wrap(Compositor, "_render_chops", "compositor._render_chops")
    from textual._styles_cache import StylesCache
    wrap(StylesCache, "render_widget", "StylesCache.render_widget")
    wrap(StylesCache, "render", "StylesCache.render")
    from textual.widget import Widget
    wrap(Widget, "render_lines", "Widget.render_lines")
    wrap(Widget, "_render_content", "Widget._render_content")
    wrap(App, "_display", "app._display(output)")
    wrap(Screen, "_on_timer_update", "screen timer update(all paint)")
    wrap(Screen, "_on_screen_resume", "on_screen_resume")
    from briefing_tui.tui.screens.entity import EntityScreen
    wrap(EntityScreen, "start", "EntityScreen.start")
    wrap(EntityScreen, "_show_lists", "EntityScreen._show_lists")
    wrap(EntityScreen, "on_entity_loaded", "EntityScreen.on_entity_loaded")
    wrap(EntityScreen, "_show_header", "EntityScreen._show_header")
    from briefing_tui.tui.app import BriefingApp
    wrap(BriefingApp, "_show", "BriefingApp._show")
    from briefing_tui.tui.widgets.virtual_list import VirtualList
    for n in ("load", "render_line"):
        wrap(VirtualList, n, f"VirtualList.{n}")
    from briefing_tui.tui.widgets.link_list import LinkList
    for n in ("show_loading", "set_entries"):
        wrap(LinkList, n, f"LinkList.{n}")
    import concurrent.futures
    wrap(concurrent.futures, "wait", "futures.wait")
    if os.environ.get("BYCLASS"): install_by_class()
    if os.environ.get("TOP"): install_top()
    if os.environ.get("ARRSTACK"): install_arrstack()
    if os.environ.get("LAYOUTS"): install_layout_counter()
    from briefing_tui.tui.widgets.lean_paint import LeanPaint
    wrap(LeanPaint, "_focus_changed", "LeanPaint._focus_changed")
    from textual.message_pump import MessagePump
    wrap(App, "_set_mouse_over", "App._set_mouse_over")
    wrap(App, "switch_screen", "App.switch_screen")
    wrap(App, "push_screen", "App.push_screen")
    wrap(Screen, "_on_screen_suspend", "Screen._on_screen_suspend")
    from textual.widget import Widget
    wrap(Widget, "_prune", "Widget._prune") if hasattr(Widget, "_prune") else None
    wrap(App, "_prune", "App._prune")
    wrap(App, "_unregister", "App._unregister")
def report(n):
    if PL: PROF.dump_stats("/tmp/label.prof")
    if by_class: return report_by_class(n) + "\n" + _report(n)
    return _report(n)
def _report(n):
    if layout_by:
        return "\n".join(f"LAYOUT {v/n:.2f} {k}" for k, v in sorted(layout_by.items(), key=lambda kv: -kv[1])) + "\n" + _report2(n)
    return _report2(n)
def _report2(n):
    return (report_arr(n) + "\n" if arr else "") + (report_top(n) + "\n" if top else "") + "\n".join(f"{k:40} {1000*v/n:8.2f} ms/open  ({counts[k]/n:.1f} calls)" for k, v in sorted(totals.items(), key=lambda kv: -kv[1]))

by_class = defaultdict(lambda: [0, 0.0])
def install_by_class():
    from textual._styles_cache import StylesCache
    fn = StylesCache.render_line
    def render_line(self, styles, y, size, content_size, padding, base_background, background, render_content_line, console, *a, **k):
        if not active["on"]:
            return fn(self, styles, y, size, content_size, padding, base_background, background, render_content_line, console, *a, **k)
        t = time.thread_time()
        try:
            return fn(self, styles, y, size, content_size, padding, base_background, background, render_content_line, console, *a, **k)
        finally:
            owner = getattr(render_content_line, "__self__", None)
            key = type(owner).__name__ + ("#" + str(owner.id) if getattr(owner, "id", None) else "")
            by_class[key][0] += 1; by_class[key][1] += time.thread_time() - t
    StylesCache.render_line = render_line
def report_by_class(n):
    return "\n".join(f"  {k:40} {v[0]/n:6.1f} lines {1000*v[1]/n:7.2f} ms" for k, v in sorted(by_class.items(), key=lambda kv: -kv[1][1]))

layout_by = defaultdict(int)
def install_layout_counter():
    import traceback
    from textual.widget import Widget
    orig = Widget.refresh
    def refresh(self, *regions, repaint=True, layout=False, recompose=False):
        if active["on"] and layout:
            st = traceback.extract_stack(limit=5)[:-1]
            layout_by[(type(self).__name__, " <- ".join(f"{f.name}:{f.lineno}" for f in st[::-1]))] += 1
        return orig(self, *regions, repaint=repaint, layout=layout, recompose=recompose)
    Widget.refresh = refresh

# -- entity12: every top-level message a main-thread pump dispatches, by (receiver, message)
top = defaultdict(float); topn = defaultdict(int); _in = {"d": 0}
def install_top():
    """Exclusive main-thread CPU of each message's handling: the handler's coroutine is
    driven here step by step, so time other tasks run while it awaits is not its own."""
    import types
    from textual.message_pump import MessagePump

    @types.coroutine
    def _pass(obj):
        return (yield obj)

    orig = MessagePump._dispatch_message
    async def disp(self, message):
        if not active["on"]:
            return await orig(self, message)
        key = (type(self).__name__ + ("#" + str(self.id) if getattr(self, "id", None) else ""), type(message).__name__)
        coro = orig(self, message)
        value, exc, spent = None, None, 0.0
        topn[key] += 1
        try:
            while True:
                t = time.thread_time()
                try:
                    yielded = coro.throw(exc) if exc is not None else coro.send(value)
                except StopIteration as stop:
                    return stop.value
                finally:
                    spent += time.thread_time() - t
                value, exc = None, None
                try:
                    value = await _pass(yielded)
                except BaseException as e:
                    exc = e
        finally:
            top[key] += spent
    MessagePump._dispatch_message = disp
    from briefing_tui.tui.screens.base import BriefingScreen
    for name in ("_on_timer_update", "_paint_when_quiet"):
        fn = getattr(BriefingScreen, name)
        def make(fn, name):
            def inner(self, *a, **k):
                if not active["on"]:
                    return fn(self, *a, **k)
                t = time.thread_time()
                try:
                    return fn(self, *a, **k)
                finally:
                    top[("paint", name)] += time.thread_time() - t; topn[("paint", name)] += 1
            return inner
        setattr(BriefingScreen, name, make(fn, name))
def report_top(n):
    return "\n".join(f"TOP {1000*v/n:7.2f} ms ({topn[k]/n:.1f}x) {k[0]} <- {k[1]}" for k, v in sorted(top.items(), key=lambda kv: -kv[1]))

arr = defaultdict(int)
def install_arrstack():
    import traceback
    from textual._compositor import Compositor
    fn = Compositor._arrange_root
    def inner(self, *a, **k):
        if active["on"]:
            st = traceback.extract_stack(limit=16)[:-1]
            arr[" <- ".join(f"{f.name}" for f in st[::-1])] += 1
        return fn(self, *a, **k)
    Compositor._arrange_root = inner
def report_arr(n):
    return "\n".join(f"ARR {v/n:.2f} {k}" for k, v in sorted(arr.items(), key=lambda kv: -kv[1]))
