"""Hidden check for day17/celery_task: one line per case.

The learner's app runs for real: its broker and result backend are the REAL
redis-server this run starts (services = ["redis"]), and its tasks are executed by a
REAL Celery worker in a thread of this process (grader/celery_harness.py). There is no
eager mode and no fake broker: if redis-server cannot start, the run is a setup
problem, never a pass.

The check plays the rates service by replacing the module's `get_rate`; the fake
records each call and the thread it ran in, which proves the task ran in the worker.
Every result is read back through a separate, check-owned Celery client of the result
backend. Retry countdowns come from the retry messages' ETAs under a frozen app clock
(see the harness): exact, and no waiting on the clock.
"""
from celery import Celery
from celery_harness import EmbeddedWorker, Observer, freeze_clock
from pygrade_check import Check, show
from pygrade_services import redis_socket, wait_until

check = Check()
mod = check.load("celery_task.py")
LEARNER_FILE = mod.__file__
if not check.need(mod, "make_app", "RateUnavailable", "get_rate"):
    check.done()

SOCKET = redis_socket()
BROKER = "redis+socket://" + SOCKET
BACKEND = "redis+socket://" + SOCKET + "?virtual_host=1"
RETRY_DELAY = 5
START_TIMEOUT = 20.0  # the worker's start-up: only a stuck broker connection gets near it
TASK_TIMEOUT = 10.0  # one task with all its retries: milliseconds when all is well


class Stop(Exception):
    """The case cannot go on: its message is the case's result."""


check_label = [""]
stuck = []  # ids of tasks the worker did not finish in time


def run(label, thunk):
    check_label[0] = label

    def guarded():
        try:
            return thunk()
        except Stop as exc:
            return str(exc)

    text = check.case(label, guarded, render=str)
    if stuck:  # the worker is still busy with that task: later cases would wait on it
        check.line("stopped: later cases need the worker, which is still on the unfinished task")
        check.done()
    return text


class RatesService:
    """The fake `get_rate`: per currency, a script of outcomes (the last one repeats)."""

    def __init__(self):
        self.scripts = {}
        self.calls = {}
        self.outside_worker = 0
        self.workers = []

    def __call__(self, currency):
        self.calls[currency] = self.calls.get(currency, 0) + 1
        if not any(w.is_worker_thread() for w in self.workers):
            self.outside_worker += 1
        script = self.scripts.get(currency, ["unknown"])
        step = script.pop(0) if len(script) > 1 else script[0]
        if step == "busy":
            raise mod.RateUnavailable("rates service busy")
        if step == "unknown":
            raise KeyError(currency)
        return step


service = RatesService()
mod.get_rate = service

# -- the app -----------------------------------------------------------------------------------
state = {}


def build_app():
    app = mod.make_app(BROKER, BACKEND, RETRY_DELAY)
    if not isinstance(app, Celery):
        raise Stop("make_app returned " + show(app) + ", expected a Celery app")
    state["app"] = app
    conf = app.conf
    return ("broker is the URL given: " + str(conf.broker_url == BROKER)
            + ", result backend is the URL given: " + str(conf.result_backend == BACKEND)
            + ", task_always_eager: " + show(conf.task_always_eager))


run("make_app(broker_url, backend_url, retry_delay=" + str(RETRY_DELAY) + ")", build_app)
app = state.get("app")
if app is None or app.conf.broker_url != BROKER or app.conf.result_backend != BACKEND:
    check.line("stopped: the worker needs the broker and result backend make_app was given")
    check.done()


def task_names():
    if "rates.convert" in app.tasks:
        return "'rates.convert' is registered"
    mine = sorted(name for name in app.tasks if not name.startswith("celery."))
    return "no task named 'rates.convert'; the app has " + show(mine)


run("the app's task", task_names)
try:
    task = app.tasks.get("rates.convert")
except Exception:  # the app could not finalize: case 2 showed the error
    task = None
if task is None:
    check.line("stopped: no task named 'rates.convert' to send")
    check.done()

observer = Observer()


class Rig:
    """One learner app with its own real worker, and the check's own client of its
    result backend (what any other process would read)."""

    def __init__(self, app, task, backend):
        self.app, self.task = app, task
        freeze_clock(app)
        self.worker = EmbeddedWorker(app)
        service.workers.append(self.worker)
        if not self.worker.start(START_TIMEOUT):
            check.line("stopped: the Celery worker did not start within "
                       + format(START_TIMEOUT, "g") + " s")
            check.done()
        self.reader = Celery("pygrade-reader", backend=backend, set_as_current=False)


rig = Rig(app, task, BACKEND)

# -- the cases -----------------------------------------------------------------------------------


EXPECTED_FAILURES = ("RateUnavailable", "KeyError", "ValueError", "MaxRetriesExceededError")


def show_traceback(exc):
    """The learner's traceback of a task that failed in an unplanned way, on stderr:
    from the first frame in their file (the worker's own frames are noise)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != LEARNER_FILE:
        tb = tb.tb_next
    try:
        raise exc.with_traceback(tb or exc.__traceback__)
    except Exception:
        check.learner_traceback(check_label[0])


def outcome(amount, currency, script, show_where=False):
    """Send convert(amount, currency) with the service scripted; describe what happened."""

    def thunk():
        task, reader = rig.task, rig.reader
        service.scripts[currency] = list(script)
        service.calls[currency] = 0
        before = service.outside_worker
        sent = task.delay(amount, currency)
        task_id = getattr(sent, "id", None)
        if not isinstance(task_id, str):
            raise Stop(".delay() returned " + show(sent) + ", not an AsyncResult")
        try:
            wait_until(lambda: observer.finished(task_id), timeout=TASK_TIMEOUT,
                       what="the worker to finish the task")
        except TimeoutError as exc:
            stuck.append(task_id)
            raise Stop("not finished: " + str(exc)) from None
        result = reader.AsyncResult(task_id)
        status = result.state
        if status == "SUCCESS":
            text = "SUCCESS " + show(result.result)
        elif status == "FAILURE":
            text = "FAILURE " + type(result.result).__name__
            raised = observer.failures.get(task_id)
            if raised is not None and type(raised).__name__ not in EXPECTED_FAILURES:
                show_traceback(raised)
        elif status == "PENDING":
            text = "no result in the backend"
        else:
            text = status
        text += "; rate calls: " + str(service.calls[currency])
        text += "; countdowns: " + show(observer.countdowns(task_id))
        outside = service.outside_worker - before
        if show_where or outside:
            text += "; ran in the worker: " + str(outside == 0 and service.calls[currency] > 0)
        return text

    return thunk


run("convert 1000 cents to EUR, the service answers 1.25",
    outcome(1000, "EUR", [1.25], show_where=True))
run("convert 999 cents to GBP, the service answers 0.5", outcome(999, "GBP", [0.5]))
run("convert 0 cents to CHF, the service answers 0.97", outcome(0, "CHF", [0.97]))
run("convert 2500 cents to SEK, the service busy twice, then 11.5",
    outcome(2500, "SEK", ["busy", "busy", 11.5]))
run("convert 40 cents to NOK, the service busy 4 times, then 11.75",
    outcome(40, "NOK", ["busy"] * 4 + [11.75]))
run("convert 100 cents to DKK, the service always busy", outcome(100, "DKK", ["busy"]))
run("convert 100 cents to XTS, a currency the service does not know",
    outcome(100, "XTS", ["unknown"]))
run("convert 100 cents to PLN, unknown once, then 4.25", outcome(100, "PLN", ["unknown", 4.25]))
run("convert -5 cents to EUR", outcome(-5, "EUR", [1.25]))
run("convert '100' (a string) to EUR", outcome("100", "EUR", [1.25]))
run("convert 12.5 cents to EUR", outcome(12.5, "EUR", [1.25]))
check.done()
