"""Reading a pull's rows from the shared database: a page at a time through a server-side cursor, gathered into
batches (each stored in one local transaction), the next batch read on a thread of its own while this one is
stored. Free of SQLAlchemy and of the models: a staging process (staging.py) imports it too.
"""
from __future__ import annotations

import queue
import threading

PAGE = 5000      # rows fetched at a time
BATCH = 10000    # rows stored in one local transaction (a first sync: few, large transactions)


def stream(conn, sql: str, params: tuple, name: str):
    """Batches of about BATCH rows of a query, the next one read while this one is stored (`ahead`)."""
    return ahead(pages(conn, sql, params, name))


_END = object()


def ahead(batches):
    """Iterate `batches` one batch ahead, read on a thread of its own: the network and the server's work
    overlap with SQLite's. A read that fails raises here; when the loop here ends early (a cancel, an error),
    the reading thread stops and has closed its cursor before this returns."""
    ready: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in batches:
                if not hand(batch):
                    break
            else:
                hand(_END)
        except BaseException as exc:  # noqa: BLE001 - raised again on the storing side
            hand(exc)
        finally:
            batches.close()  # the server-side cursor, closed on the thread that used it

    reader = threading.Thread(target=read, name="yekuo-pull-read", daemon=True)
    reader.start()
    try:
        while (item := ready.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


def pages(conn, sql: str, params: tuple, name: str):
    """Batches of about BATCH rows of a query, read through a server-side cursor `name`."""
    with conn.cursor(name=name) as cur:
        cur.itersize = PAGE
        cur.execute(sql, params)
        batch = []
        while rows := cur.fetchmany(PAGE):
            batch += rows
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
