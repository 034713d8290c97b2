#!/usr/bin/python3
"""Start-up time: process start to the first painted frame, ccm-importer against a bare Qt Widgets window.

Both run under one Xvfb (started here unless DISPLAY is set), alternately, in a throw-away HOME, with
CCM_REPORT_FIRST_PAINT=quit: each prints "first-paint" once its window has painted and flushed, then quits.
A third run per round, "ccm-importer ready", is ccm-importer with CCM_REPORT_FIRST_PAINT=ready: time until it prints
"ready" (its window module loaded and the preview built: the window works). Only the first paint counts for the
ratio. Prints every run and the medians. Usage: startup.py BUILD_DIR [RUNS]   (RUNS defaults to 15)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

build = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
importer = os.path.join(build, "app/gui/ccm-importer")
# name: (command, CCM_REPORT_FIRST_PAINT, the line that ends the measurement)
programs = {
    "ccm-importer": ([importer], "quit", "first-paint"),
    "bare window": ([os.path.join(build, "tests/bench/bench_bare_window")], "quit", "first-paint"),
    "ccm-importer ready": ([importer], "ready", "ready"),
}

home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=home, CCM_REPORT_FIRST_PAINT="quit", QT_QPA_PLATFORM="xcb")
env.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)
xvfb = None
if "DISPLAY" not in os.environ:
    env["DISPLAY"] = ":97"
    xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    time.sleep(1.0)


def once(command, mode, last):
    start = time.perf_counter()
    process = subprocess.Popen(command, env=dict(env, CCM_REPORT_FIRST_PAINT=mode), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    while line and line.strip() != last:
        line = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000.0
    process.wait(30)
    if line.strip() != last:
        raise SystemExit(f"{command[0]}: no {last} line")
    return elapsed


try:
    for program in programs.values():  # warm the page cache and fontconfig's cache once
        once(*program)
    times = {name: [] for name in programs}
    for _ in range(runs):
        for name, program in programs.items():
            times[name].append(once(*program))
    for name, values in times.items():
        print(f"{name:18s} median {statistics.median(values):7.1f} ms   runs: " +
              " ".join(f"{v:.0f}" for v in values))
    ratio = statistics.median(times["ccm-importer"]) / statistics.median(times["bare window"])
    print(f"ratio ccm-importer / bare window: {ratio:.2f} (target <= 1.25)")
finally:
    if xvfb:
        xvfb.terminate()
    shutil.rmtree(home, ignore_errors=True)
