"""Runs one command and prints its wall time (ms), peak RSS (KiB), exit code and CPU time (ms): `ms rss rc cpu`.

The bench uses it so that the child's own resource usage (wait4) is measured, not this script's.
"""
import os
import sys
import time

argv = sys.argv[1:]
devnull = os.open(os.devnull, os.O_RDWR)
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
elapsed = (time.perf_counter() - start) * 1000
cpu = (usage.ru_utime + usage.ru_stime) * 1000
print(f"{elapsed:.1f} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {cpu:.1f}")
