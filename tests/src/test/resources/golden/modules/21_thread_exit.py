# At exit the interpreter waits for threads that are not daemons (their output is not lost) and
# abandons daemon threads, whether they sleep, wait on an event or spin.
import threading
import time


def worker(name, delay):
    time.sleep(delay)
    print(name, "done", flush=True)


def spin():
    n = 0
    while True:
        n += 1


forever = threading.Event()
threading.Thread(target=forever.wait, daemon=True).start()
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=worker, args=("late worker", 0.3)).start()
threading.Thread(target=worker, args=("later worker", 0.5)).start()
print("main done", threading.active_count() >= 3, flush=True)
