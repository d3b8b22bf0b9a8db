# Open sockets of families no exercise needs (netlink, packet, vsock, bluetooth, alg):
# each is kernel attack surface.
import socket
opened = []
for name in ["AF_NETLINK", "AF_PACKET", "AF_VSOCK", "AF_BLUETOOTH", "AF_ALG", "AF_KEY", "AF_TIPC", "AF_RDS"]:
    family = getattr(socket, name, None)
    if family is None:
        continue
    for kind in (socket.SOCK_RAW, socket.SOCK_DGRAM, socket.SOCK_SEQPACKET, socket.SOCK_STREAM):
        try:
            socket.socket(family, kind).close()
            opened.append(name)
            break
        except OSError:
            pass
try:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close(); b.close()
except OSError as e:
    opened.append("socketpair(AF_UNIX) failed: " + str(e))
print("ESCAPED: opened " + ", ".join(opened) if opened else "blocked: only unix/inet/inet6")
