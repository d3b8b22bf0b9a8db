# A fork bomb. Every process carries the marker in its command line so the harness can
# prove none is left afterwards.
import os
import sys

if "@MARK@" not in sys.argv:
    os.execv(sys.executable, [sys.executable, __file__, "@MARK@"])
while True:
    try:
        os.fork()
    except OSError:
        pass
