# PID 1 of the run: if it were a fork of pygrade, its memory would hold every expected
# output and solution, and its argv pygrade's command line.
import re
got = []
try:
    argv = open("/proc/1/cmdline", "rb").read().split(b"\0")[0]
    if argv != b"pygrade-init":
        got.append("PID 1 is " + argv.decode(errors="replace"))
except OSError:
    pass
try:
    with open("/proc/1/maps") as maps, open("/proc/1/mem", "rb", 0) as mem:
        for line in maps:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) r", line)
            if m:
                mem.seek(int(m.group(1), 16))
                if b"@@pygrade" in mem.read(min(int(m.group(2), 16) - int(m.group(1), 16), 1 << 20)):
                    got.append("found grader text in PID 1's memory")
                    break
        else:
            got.append("read PID 1's memory")
except OSError:
    pass
print("ESCAPED: " + "; ".join(got) if got else "blocked: PID 1 is pygrade-init and unreadable")
