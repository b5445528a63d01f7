#!/usr/bin/python3
"""Runs a command RUNS times and prints "WALL_MS CPU_MS PEAK_KB": the median
wall time, the median processor time (user + system) and the median peak
resident set size of the whole process, from the kernel's own accounting
(wait4's rusage), so nothing of this script is counted.

Usage: measure.py RUNS COMMAND...   (the command's output is discarded; a
failing run stops the benchmark with its exit status and stderr)
"""
import os
import statistics
import subprocess
import sys
import time


def one_run(command):
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall_ms = (time.perf_counter() - started) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.stderr.write(stderr.decode(errors="replace"))
        sys.exit(f"measure.py: {command[0]} exited with {child.returncode}")
    return wall_ms, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss


def main():
    runs = int(sys.argv[1])
    results = [one_run(sys.argv[2:]) for _ in range(runs)]
    walls, cpus, peaks = zip(*results)
    print(f"{statistics.median(walls):.1f} {statistics.median(cpus):.1f} {int(statistics.median(peaks))}")


if __name__ == "__main__":
    main()
