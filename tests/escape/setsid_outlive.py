# Start a new session and a child that sleeps past the timeout, to outlive the run.
import os
import subprocess
import sys

try:
    os.setsid()
    print("ESCAPED: setsid succeeded")
except OSError as e:
    print("blocked: setsid", type(e).__name__)
# Even without setsid: a detached child in its own session must not survive the run.
try:
    subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)", "@MARK@"],
        start_new_session=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    print("detached sleeper started")
except Exception as e:
    print("blocked: detached child", type(e).__name__)
subprocess.Popen(
    [sys.executable, "-c", "import time; time.sleep(30)", "@MARK@"],
    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)
print("plain sleeper started")
