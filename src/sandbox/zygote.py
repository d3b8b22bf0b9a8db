# pygrade's warm interpreter (a zygote). pygrade starts it under the full sandbox, as
# PID 2 of the run's PID namespace, with: argv = [marker, control fd, tag, modules...].
# It imports the exercise's declared third-party modules (never learner code), then
# forks one child per run on pygrade's request. The child takes the run's stdin, stdout
# and stderr (passed over the control socket), its environment, argv and CPU limit,
# and runs the script as `python -B script args` would. When the child ends (or
# pygrade says kill), everything the run started is killed and reaped before the
# status goes back: nothing of one run is alive when the next one starts.
import json
import os
import signal
import socket
import sys

ctl = socket.socket(fileno=int(sys.argv[2]))


def send(message):
    ctl.sendall((json.dumps(message) + "\n").encode())


import select  # noqa: E402
import time  # noqa: E402

# What this loop relies on, as the standard library has it before any import.
_untouched = (os.fork, os.waitpid, os.kill, select.select, socket.recv_fds)
_began = time.perf_counter()
try:
    for _name in sys.argv[4:]:
        __import__(_name)
except BaseException as exc:  # a broken install: pygrade runs this exercise cold
    send({"failed": "importing " + _name + ": " + type(exc).__name__ + ": " + str(exc)})
    os._exit(1)

import threading  # noqa: E402

if (os.fork, os.waitpid, os.kill, select.select, socket.recv_fds) != _untouched:
    # gevent's monkey-patching (locust): a patched fork and waitpid cannot serve here,
    # and a run would not start from the state a cold one does.
    send({"failed": "importing the modules patched the standard library (gevent?)"})
    os._exit(1)
if threading.active_count() != 1:
    send({"failed": "importing the modules started threads; a fork would copy them half-way"})
    os._exit(1)

# Orphans of a run come to us, so that we can reap them before reporting.
PR_SET_CHILD_SUBREAPER = 36
try:
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
except Exception:
    pass

send({"ready": os.getpid(), "imports": time.perf_counter() - _began})


def child(request, fds):
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    os.closerange(3, 1 << 16)
    for sig in (signal.SIGPIPE, signal.SIGXFSZ):
        signal.signal(sig, signal.SIG_IGN)  # as CPython sets them at start
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    import resource
    import tempfile

    cpu = request["cpu_seconds"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    tempfile.tempdir = None
    script = request["argv"][0]
    sys.argv = list(request["argv"])
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    sys.dont_write_bytecode = True
    code = 0
    try:
        import runpy

        runpy.run_path(script, run_name="__main__")
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:
            sys.stderr.write(str(exc.code) + "\n")
            code = 1
    except BaseException:
        sys.excepthook(*sys.exc_info())
        code = 1
    # What the interpreter does on its way out: wait for threads, run atexit, flush.
    try:
        threading._shutdown()
    except BaseException:
        pass
    try:
        import atexit

        atexit._run_exitfuncs()
    except BaseException:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os._exit(code & 0xFF)


def reap_everything():
    """Kill whatever the run left (we are not PID 1, so -1 spares init and us), then
    wait until no child of ours is left."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


buffer = b""
pending_fds = []
while True:
    while b"\n" not in buffer:
        data, fds, _flags, _addr = socket.recv_fds(ctl, 1 << 16, 3)
        if not data:
            os._exit(0)
        buffer += data
        if fds:
            pending_fds = fds
    line, buffer = buffer.split(b"\n", 1)
    request = json.loads(line)
    if "kill" in request:
        continue  # a stop that came after its run had ended
    fds, pending_fds = pending_fds, []
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            ctl.close()
            child(request, fds)
        finally:
            os._exit(70)
    for fd in fds:
        os.close(fd)
    send({"started": pid})
    # Wait for the child's end or for pygrade's "kill", whichever comes first.
    pidfd = os.pidfd_open(pid)
    status = None
    killed = False
    while status is None:
        ready, _, _ = select.select([pidfd, ctl], [], [])
        if ctl in ready:
            data = ctl.recv(1 << 16)
            if not data:
                os._exit(0)
            killed = True  # any message while a run is active means: stop it
            os.kill(-1, signal.SIGKILL)
        if pidfd in ready or killed:
            _, status = os.waitpid(pid, 0)
    os.close(pidfd)
    reap_everything()
    if os.WIFSIGNALED(status):
        send({"signal": os.WTERMSIG(status)})
    else:
        send({"exit": os.WEXITSTATUS(status)})
