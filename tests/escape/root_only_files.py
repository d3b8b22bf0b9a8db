# Use whatever privilege the run has: read root-only files, keep capabilities, act as
# uid 0. Run by a root pygrade, the program must be an ordinary user with nothing.
import os
got = []
for path in ["/etc/shadow", "/etc/gshadow", "/root/.bashrc", "/etc/ssh/ssh_host_rsa_key"]:
    try:
        with open(path, "rb") as f:
            f.read(1)
        got.append("read " + path)
    except OSError:
        pass
if os.getuid() == 0 or os.geteuid() == 0:
    got.append("uid 0")
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("CapEff:") and int(line.split()[1], 16) != 0:
            got.append("capabilities " + line.split()[1])
try:
    with open("/proc/1/mem", "rb") as f:
        f.read(1)
    got.append("read /proc/1/mem")
except OSError:
    pass
try:
    os.setuid(0)
    got.append("setuid(0)")
except OSError:
    pass
print("ESCAPED: " + ", ".join(got) if got else "blocked: no privilege")
