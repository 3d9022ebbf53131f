"""Summarises a dotnet-trace speedscope file (evented, per thread): where the threads that ran requests spent their
time, inclusive and self, as a share of that time. Used by bench/profiel.sh."""
import json
import sys
from collections import Counter

data = json.load(open(sys.argv[1]))
frames = [f["name"] for f in data["shared"]["frames"]]
inclusive, own, threads, locks = Counter(), Counter(), Counter(), Counter()
total = 0.0
for profile in data["profiles"]:
    stack, last = [], None
    incl, selfs, busy = Counter(), Counter(), 0.0
    ours = False
    for event in profile.get("events", []):
        at = event["at"]
        if stack and last is not None:
            span = at - last
            # Only samples on the CPU count; UNMANAGED_CODE_TIME is mostly waiting (sockets, locks, file events).
            if frames[stack[-1]] == "CPU_TIME" and len(stack) > 1:
                for name in {frames[f] for f in stack[:-1]}:
                    incl[name] += span
                selfs[frames[stack[-2]]] += span
                busy += span
                # Spinning for a lock or in a GC poll: who asked (the nearest frames of ours or of a library).
                if any(w in frames[stack[-2]] for w in ("Monitor.Enter_Slowpath", "PollGCWorker")):
                    roep = [frames[f].split("!")[-1][:70] for f in stack[-7:-2]]
                    locks[frames[stack[-2]].split("!")[-1][:40] + " <- " + " <- ".join(reversed(roep))] += span
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
            ours = ours or "Partnerschap" in frames[event["frame"]] or "AspNetCore.Server.Kestrel" in frames[event["frame"]]
        else:
            if stack:
                stack.pop()
    threads[profile["name"]] = busy
    if ours:
        inclusive.update(incl)
        own.update(selfs)
        total += busy

# Waiting is not work: leave out frames that only block.
waits = ("Monitor.Wait", "WaitHandle", "WaitOne", "LowLevelLifoSemaphore", "SpinThenBlockingWait", "ManualResetEventSlim.Wait",
         "WaitForSocketEvents", "epoll", "Thread.Sleep", "SemaphoreSlim.Wait")
print(f"{total:.0f} ms on the CPU, on threads that ran our code or Kestrel")
for title, counter in (("Inclusive", inclusive), ("Self", own), ("Lock and GC waits, by caller", locks)):
    print(f"\n## {title}")
    shown = 0
    for name, weight in counter.most_common(400):
        if any(w in name for w in waits):
            continue
        print(f"{100 * weight / total:5.1f}%  {name[:170]}")
        shown += 1
        if shown == 45:
            break
