"""briefing's browser with cProfile switched on/off by SIGUSR1/SIGUSR2, dumped on SIGPWR."""
import cProfile, os, signal, sys, time
sys.path.insert(0, os.getcwd())
prof = cProfile.Profile()
OUT = os.environ.get("PROF_OUT", "/tmp/eprof.out")
CPU = os.environ.get("CPU_OUT")
state = {"t": 0.0, "log": []}
import importlib.util
INSTR = os.environ.get("INSTR")
if INSTR:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import instr
def on(s, f):
    if INSTR: instr.active["on"] = True
    state["t"] = time.thread_time()
    if OUT != "-": prof.enable()
def off(s, f):
    if OUT != "-": prof.disable()
    state["log"].append(time.thread_time() - state["t"])
    if INSTR: instr.active["on"] = False
def dump(s, f):
    if OUT != "-": prof.dump_stats(OUT)
    if CPU:
        open(CPU, "w").write("\n".join(f"{x*1000:.2f}" for x in state["log"]))
    if INSTR:
        open(INSTR, "w").write(instr.report(len(state["log"])) + f"\nTOTAL {1000*sum(state['log'])/len(state['log']):.2f}\n")
signal.signal(signal.SIGUSR1, on); signal.signal(signal.SIGUSR2, off); signal.signal(signal.SIGPWR, dump)
sys.argv = ["briefing", *sys.argv[1:]]
if INSTR:
    import textual.app  # noqa
    instr.install()
from briefing_tui.launch import main
main()
