# Reach a TCP server the host runs on its loopback (a separate network namespace has
# its own loopback, so the host's is out of reach).
import socket

s = socket.socket()
s.settimeout(2)
try:
    s.connect(("127.0.0.1", @PORT@))
    s.sendall(b"escaped")
    print("ESCAPED: connected to the host's 127.0.0.1:@PORT@")
except OSError as e:
    print("blocked:", type(e).__name__)
