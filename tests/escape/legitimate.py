# Not an attack: what exercises legitimately do must keep working at every level.
import multiprocessing
import socket
import subprocess
import sys
import tempfile
import threading
import venv


def square(x):
    return x * x


def report(name, thunk):
    try:
        print(name, "ok" if thunk() else "WRONG")
    except Exception as e:
        print(name, "FAILED:", type(e).__name__, e)


def child_process():
    out = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True)
    return out.stdout.strip() == "42"


def process_pool():
    with multiprocessing.Pool(2) as pool:
        return pool.map(square, range(5)) == [0, 1, 4, 9, 16]


def make_venv():
    with tempfile.TemporaryDirectory() as d:
        venv.create(d, with_pip=False)
        out = subprocess.run([d + "/bin/python", "-c", "import sys; print(sys.prefix != sys.base_prefix)"], capture_output=True, text=True)
        return out.stdout.strip() == "True"


def loopback_server():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def serve():
        conn, _ = server.accept()
        conn.sendall(conn.recv(16).upper())
        conn.close()

    threading.Thread(target=serve).start()
    client = socket.create_connection(server.getsockname())
    client.sendall(b"ping")
    return client.recv(16) == b"PING"


def many_threads():
    results = []
    threads = [threading.Thread(target=results.append, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results) == list(range(32))


if __name__ == "__main__":
    report("subprocess", child_process)
    report("multiprocessing", process_pool)
    report("venv", make_venv)
    report("loopback server", loopback_server)
    report("threads", many_threads)
