"""CPU time of a process's threads between two calls, grouped by thread name with the digits left out.

    thread_cpu.py PID before FILE   remembers each thread's CPU time in FILE
    thread_cpu.py PID after FILE    prints what each group of threads used since

Read from /proc, so the figures are what the kernel ran, not samples of threads that were merely runnable.
"""
import collections
import json
import os
import re
import sys

TICKS = os.sysconf('SC_CLK_TCK')


def threads(pid):
    """Thread id -> (name, user + system CPU seconds)."""
    found = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{tid}/stat') as stat:
                line = stat.read()
        except OSError:
            continue  # the thread ended meanwhile
        name = line[line.index('(') + 1:line.rindex(')')]
        fields = line[line.rindex(')') + 2:].split()
        found[tid] = (name, (int(fields[11]) + int(fields[12])) / TICKS)
    return found


def main(pid, mode, path):
    now = threads(pid)
    if mode == 'before':
        with open(path, 'w') as out:
            json.dump(now, out)
        return
    with open(path) as saved:
        before = json.load(saved)
    groups = collections.Counter()
    for tid, (name, cpu) in now.items():
        groups[re.sub(r'\d+', 'N', name)] += cpu - before.get(tid, (name, 0))[1]
    print(f'service thread CPU during the run: {sum(groups.values()):.1f} s')
    for group, cpu in groups.most_common(14):
        print(f'  {cpu:7.1f} s  {group}')


if __name__ == '__main__':
    main(*sys.argv[1:4])
