# Six processes of 400 MB each, all alive at once: 2.4 GB together, though each one
# stays under its own address-space limit.
import os

ready_r, ready_w = os.pipe()
hold_r, hold_w = os.pipe()
for _ in range(6):
    if os.fork() == 0:
        os.close(ready_r)
        os.close(hold_w)
        block = bytearray(b"\x01") * (400 * 1024 * 1024)  # every page touched
        os.write(ready_w, b"1")
        os.read(hold_r, 1)  # hold the memory until the parent has counted
        os._exit(0)
os.close(ready_w)
os.close(hold_r)
held = 0
while held < 6:
    got = os.read(ready_r, 6)
    if not got:
        break  # every child has died or written
    held += len(got)
os.close(hold_w)
for _ in range(6):
    os.wait()
if held == 6:
    print("ESCAPED: six processes held 2.4 GB at once")
else:
    print("blocked: only", held, "of 6 processes got their 400 MB")
