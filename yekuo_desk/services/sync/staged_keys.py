"""A staging file's primary key and unique constraints built after its rows, as its other indexes are.

Kept up row by row, the stages' two unique keys (a random id; a case and its stage) cost the staging process
17 of its 30 s at 1.5 million stages; built once the rows are in, 3.3 s. SQLite moves a staged table into the
PC's file without decoding a row only when each index of the one matches an index of the other, how it
resolves a conflict included (xferCompatibleIndex), and a constraint's index (sqlite_autoindex_<table>_<n>)
resolves them otherwise than a CREATE UNIQUE INDEX. So the keys are built as unique indexes and then made the
constraints' own: the table's SQL with its constraints written back and each index renamed to the name SQLite
gives that constraint, an edit of the schema that leaves every page as it is (sqlite.org/lang_altertable.html,
"making other kinds of table schema changes"). Done only when SQLite itself, given the table's SQL, numbers
its constraints' indexes on the very columns found, and checked on the file once written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_KEY = re.compile(r",\s*CONSTRAINT\s+\w+\s+(?:PRIMARY\s+KEY|UNIQUE)\s*\(([\w\s,]*)\)", re.I)


@dataclass(frozen=True)
class Keys:
    name: str  # the table's name
    table: str  # the table's SQL
    sql: str  # without its keys: what the staging file's table is made with
    built: tuple[tuple[str, tuple[str, ...]], ...]  # each key's index: SQLite's name for it, its columns


def plan(table: str) -> Keys | None:
    """The keys of a table's SQL to build after its rows; None when there are none or SQLite would not number
    them as found here (the table is then made with them)."""
    import apsw

    found = [tuple(c.strip() for c in columns.split(",")) for columns in _KEY.findall(table)]
    if not found:
        return None
    sql = _KEY.sub("", table)
    reference = apsw.Connection(":memory:")
    try:
        reference.execute(table).fetchall()
        name = _name(reference)
        built = tuple((f"sqlite_autoindex_{name}_{n}", cols) for n, cols in enumerate(found, 1))
        if _indexes(reference, name) != list(built):
            return None
        reference.execute(f'DROP TABLE "{name}"').fetchall()
        reference.execute(sql).fetchall()
        if _indexes(reference, name):
            return None
    except apsw.Error:
        return None
    finally:
        reference.close()
    return Keys(name, table, sql, built)


def build(file, keys: Keys) -> None:
    """In the staging file's transaction, its rows in: each key's unique index, then the schema edited to make
    them the constraints' own. Its last statement: the file is closed after it (this connection's idea of the
    schema is the old one)."""
    name = keys.name
    for n, (_, columns) in enumerate(keys.built):
        file.execute(f'CREATE UNIQUE INDEX staged_key_{n} ON "{name}" ({", ".join(columns)})').fetchall()
    version = file.execute("PRAGMA schema_version").fetchall()[0][0]
    file.execute("PRAGMA writable_schema = ON").fetchall()
    try:
        file.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (keys.table, name))
        for n, (index, _) in enumerate(keys.built):
            file.execute("UPDATE sqlite_master SET name = ?, sql = NULL WHERE type = 'index' AND name = ?",
                         (index, f"staged_key_{n}"))
        file.execute(f"PRAGMA schema_version = {int(version) + 1}").fetchall()
    finally:
        file.execute("PRAGMA writable_schema = OFF").fetchall()


def check(path: str, keys: Keys) -> None:
    """The staging file, written and closed, read afresh: its table's SQL as the PC's and each key's index
    SQLite's own. Raises RuntimeError otherwise."""
    import apsw

    file = apsw.Connection(path, flags=apsw.SQLITE_OPEN_READONLY)
    try:
        name = keys.name
        table = file.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchall()
        if table != [(keys.table,)] or _indexes(file, name) != list(keys.built):
            raise RuntimeError(f"暂存文件的表 {name} 与本机的不一致")
    finally:
        file.close()


def _name(conn) -> str:
    """The one table of a scratch database."""
    return conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()[0][0]


def _indexes(conn, table: str) -> list[tuple[str, tuple[str, ...]]]:
    """The indexes of the table's keys (origin "pk" or "u"), in SQLite's order of them, with their columns."""
    keys = [row[1] for row in conn.execute(f'PRAGMA index_list("{table}")') if row[3] in ("pk", "u")]
    keys.sort(key=lambda index: int(index.rsplit("_", 1)[1]) if index.startswith("sqlite_autoindex_") else -1)
    return [(index, tuple(row[2] for row in conn.execute(f'PRAGMA index_info("{index}")'))) for index in keys]
