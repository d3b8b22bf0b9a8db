# Connect to a Unix socket the host opened in its own temp dir.
import socket

s = socket.socket(socket.AF_UNIX)
s.settimeout(2)
try:
    s.connect("@SOCK@")
    s.sendall(b"escaped")
    print("ESCAPED: connected to @SOCK@")
except OSError as e:
    print("blocked:", type(e).__name__)
