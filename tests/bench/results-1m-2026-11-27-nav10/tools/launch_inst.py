"""Main-thread thread_time buckets per key (from one key to the next), to INST_OUT."""
import sys as _s, os as _o
if _o.environ.get("NAV_SWITCH"): _s.setswitchinterval(float(_o.environ["NAV_SWITCH"]))
import os, sys, time, threading
out = open(os.environ["INST_OUT"], "w", buffering=1)
from textual import app as tapp, screen as tscreen, _compositor as tcomp, widget as twidget, events
B = {}
active = set()
main_ident = threading.main_thread().ident
tt = time.thread_time
def wrap(cls, name, bucket, per_class=False):
    fn = getattr(cls, name)
    def w(self, *a, **k):
        b = f"{bucket}:{type(self).__name__}" if per_class else bucket
        if threading.get_ident() != main_ident or b in active:
            return fn(self, *a, **k)
        active.add(b); t = tt()
        try: return fn(self, *a, **k)
        finally:
            B[b] = B.get(b, 0) + tt() - t; active.discard(b)
    setattr(cls, name, w)
wrap(tscreen.Screen, "_refresh_layout", "layout")
wrap(twidget.Widget, "render_lines", "rl", per_class=True)
wrap(tcomp.Compositor, "render_update", "render_update")
wrap(tscreen.Screen, "_invoke_and_clear_callbacks", "after_refresh")
from briefing_tui.tui.screens import base
wrap(base.BriefingScreen, "_paint_when_quiet", "paint")
from briefing_tui.tui.widgets import virtual_list as vl
from briefing_tui.tui import app as bapp0
wrap(vl.VirtualList, "move_to", "move_to")
from briefing_tui.tui.screens import report_panes as rp
wrap(rp.ReportPanes, "_show_briefing", "show_briefing")
wrap(rp.ReportPanes, "on_briefings_read", "briefings_read")
def sch():
    r, w, _ = open("/proc/thread-self/schedstat").read().split()
    st = open("/proc/thread-self/status").read()
    vol = int(st.split("voluntary_ctxt_switches:")[1].split()[0]); inv = int(st.split("nonvoluntary_ctxt_switches:")[1].split()[0])
    return int(r) / 1e6, int(w) / 1e6, vol, inv
wrap(bapp0.BriefingApp, "go_back", "go_back")
wrap(bapp0.BriefingApp, "_remember", "remember")
wrap(bapp0.BriefingApp, "_update_location", "update_location")
from briefing_tui.tui.screens import browser as br0
wrap(br0.BrowserScreen, "restore_state", "restore_state")
wrap(base.BriefingScreen, "focus_pane", "focus_pane")
wrap(vl.VirtualList, "restore_state", "vl_restore")
wrap(rp.ReportPanes, "_apply_report_state", "apply_report_state")
state = {"wall": None, "cpu0": None, "fd": None, "last_key": 0}
od = tapp.App._display
def disp(self, screen, renderable):
    t = tt(); r = od(self, screen, renderable)
    B["display"] = B.get("display", 0) + tt() - t
    if state["fd"] is None and state["wall"] is not None and renderable is not None:
        state["fd"] = ((time.perf_counter() - state["wall"]) * 1000, (tt() - state["cpu0"]) * 1000)
        s1 = sch(); s0 = state["s0"]
        B["rq_wait"] = (s1[1] - s0[1]) / 1000; B["vol_sw"] = (s1[2] - s0[2]) / 1000; B["invol_sw"] = (s1[3] - s0[3]) / 1000
    return r
tapp.App._display = disp
from briefing_tui.tui import app as bapp
oe = bapp.BriefingApp.on_event
def flush():
    if state["wall"] is not None:
        cpu = (tt() - state["cpu0"]) * 1000
        fd = state["fd"] or (-1, -1)
        out.write(f"{state['key']}\t{fd[0]:.2f}\t{fd[1]:.2f}\t{cpu:.2f}\t" + "\t".join(f"{k}={v*1000:.2f}" for k, v in sorted(B.items())) + "\n")
    B.clear()
async def on_event(self, event):
    if isinstance(event, events.Key) and time.perf_counter() - state["last_key"] > 0.03:
        flush()
        state.update(key=event.key, wall=time.perf_counter(), cpu0=tt(), fd=None, s0=sch())
    if isinstance(event, events.Key): state["last_key"] = time.perf_counter()
    return await oe(self, event)
bapp.BriefingApp.on_event = on_event
import atexit; atexit.register(flush)
os.environ.setdefault("ESCDELAY", "20")
from briefing_tui.launch import main
sys.argv = ["briefing"] + sys.argv[1:]
main()
