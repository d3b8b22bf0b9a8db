# Connect to a non-loopback address. Only attempted where the program sees no network
# interface but loopback, so this test never sends a packet off the machine.
import socket

# /proc/self/net/dev lists the interfaces of this process's network namespace.
with open("/proc/self/net/dev") as f:
    names = sorted(line.split(":")[0].strip() for line in f.readlines()[2:])
if names != ["lo"]:
    print("not attempted: interfaces", names)
else:
    s = socket.socket()
    s.settimeout(2)
    try:
        s.connect(("192.0.2.1", 9))  # TEST-NET-1
        print("ESCAPED: connected off the machine")
    except OSError as e:
        print("blocked:", type(e).__name__)
