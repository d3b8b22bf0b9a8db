"""Background jobs: the report task, run by a Celery worker (reference solution)."""

from celery import Celery

from . import db


def make_celery(broker_url, backend_url):
    celery_app = Celery("capstone", broker=broker_url, backend=backend_url)

    @celery_app.task(name="capstone.report")
    def report(database_url):
        return db.summary(database_url)

    return celery_app
