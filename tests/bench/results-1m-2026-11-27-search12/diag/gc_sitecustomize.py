import gc, sys, time
_t = {}
def _cb(phase, info):
    if phase == "start":
        _t["s"] = time.perf_counter()
        return
    dt = (time.perf_counter() - _t.get("s", 0)) * 1000
    tr = sys.modules.get("briefing_tui.tui.trace")
    if dt > 5 and tr is not None and getattr(tr, "enabled", False):
        tr.mark(f"GC gen{info['generation']} took {dt:.1f} ms, collected {info['collected']}")
gc.callbacks.append(_cb)
