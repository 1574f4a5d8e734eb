"""The hub's HTTP interface: a Starlette application over a psycopg connection pool.

Endpoints (JSON errors ``{"error": ...}`` everywhere: 400 malformed, 401 unknown token or code,
403 revoked device, 409 newer laptop schema, 413 body over the limit):

- ``GET /v1/status`` → ``{hub_id, cursor, schema_version}``
- ``POST /v1/enrol`` ``{code, device_id, public_key?}`` → ``{token, hub_id}``
- ``POST /v1/push`` (``Authorization: Bearer TOKEN``, ``Attendance-Schema: NNNN``, ``Attendance-Devices: N``)
  the ``devices.json`` of the page's signed chain segments (its first N bytes), then bundle lines (JSONL)
  → ``{accepted, known, conflicts, cursor}``, answered only after the commit
- ``GET /v1/pull?after=N&limit=M`` → the same framing (``Attendance-Devices: N``: the segments covering
  the page, then its bundle lines), with headers ``Attendance-Hub``, ``Attendance-Next`` (the cursor to
  ask from next) and ``Attendance-More`` (``1`` while more pages wait)
- ``GET /v1/devices`` → ``{devices: [{device_id, name, public_key, revoked}]}``: the enrolled devices'
  keys, which laptops enrolled here trust "via hub"

The process keeps no state of its own: run as many as needed against one database.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from attendance.hub import service
from attendance.hub.service import HubError, TooLarge
from attendance.i18n import tr

DATABASE_VARIABLE = "ATTENDANCE_HUB_DATABASE"
ENROL_LIMIT_BYTES = 16 * 1024


def create_app(database_url: str, *, pool_size: int = 4) -> Starlette:
    """The hub application for one database (the pool opens with the app's lifespan)."""
    pool = ConnectionPool(database_url, min_size=1, max_size=pool_size, open=False,
                          kwargs=service.CONNECTION_OPTIONS)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(pool.open, True, 30.0)
        try:
            yield
        finally:
            await run_in_threadpool(pool.close)

    def with_connection(work: Callable[..., Any], *args: Any) -> Any:
        with pool.connection() as conn:
            return work(conn, *args)

    async def call(work: Callable[..., Any], *args: Any) -> Any:
        return await run_in_threadpool(with_connection, work, *args)

    async def status(_request: Request) -> Response:
        def read(conn: Any) -> dict[str, Any]:
            return {"hub_id": service.hub_id(conn), "cursor": service.cursor(conn),
                    "schema_version": service.schema_version()}
        return JSONResponse(await call(read))

    async def enrol(request: Request) -> Response:
        body = await _body(request, ENROL_LIMIT_BYTES)
        try:
            values = json.loads(body)
            code, device_id = str(values["code"]), str(values["device_id"])
            public_key = values.get("public_key")
        except (ValueError, KeyError, TypeError) as error:
            raise HubError(tr("The enrolment request is not valid JSON with a code and a device id.")) from error

        def run(conn: Any) -> dict[str, str]:
            return {"token": service.enrol_device(conn, code, device_id, public_key), "hub_id": service.hub_id(conn)}
        return JSONResponse(await call(run))

    async def push(request: Request) -> Response:
        token = _token(request)
        device_id = await call(service.authenticate, token)
        body = await _body(request, service.PUSH_LIMIT_BYTES)
        schema = request.headers.get("attendance-schema", "")
        devices_raw, lines = split_signed(body, request.headers.get("attendance-devices"))
        result = await call(service.push, device_id, lines, schema, devices_raw)
        return JSONResponse(result.as_json())

    async def enrolled(request: Request) -> Response:
        await call(service.authenticate, _token(request))
        return JSONResponse({"devices": await call(service.enrolled_keys)})

    async def pull(request: Request) -> Response:
        device_id = await call(service.authenticate, _token(request))
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", "5000"))
        except ValueError as error:
            raise HubError(tr("The page asked for is not valid (after and limit are whole numbers).")) from error
        if after < 0 or limit < 1:
            raise HubError(tr("The page asked for is not valid (after and limit are whole numbers)."))

        def run(conn: Any) -> tuple[service.Page, str]:
            return service.pull(conn, device_id, after, limit), service.hub_id(conn)
        page, hub = await call(run)
        return Response(page.devices + page.lines, media_type="application/x-ndjson", headers={
            "Attendance-Devices": str(len(page.devices)), "Attendance-Hub": hub,
            "Attendance-Next": str(page.next_cursor),
            "Attendance-More": "1" if page.more else "0", "Attendance-Count": str(page.count)})

    async def refused(_request: Request, error: Exception) -> Response:
        if isinstance(error, HubError):
            return JSONResponse({"error": str(error)}, status_code=error.status)
        return JSONResponse({"error": tr("The hub failed to handle this request.")}, status_code=500)

    return Starlette(routes=[
        Route("/v1/status", status, methods=["GET"]),
        Route("/v1/enrol", enrol, methods=["POST"]),
        Route("/v1/push", push, methods=["POST"]),
        Route("/v1/pull", pull, methods=["GET"]),
        Route("/v1/devices", enrolled, methods=["GET"]),
    ], exception_handlers={HubError: refused, Exception: refused}, lifespan=lifespan)


def app_from_environment() -> Starlette:
    """The factory uvicorn's workers call: the database URL comes from ``ATTENDANCE_HUB_DATABASE``."""
    return create_app(os.environ[DATABASE_VARIABLE])


def split_signed(body: bytes, declared: str | None) -> tuple[bytes | None, bytes]:
    """A push body cut into its ``devices.json`` (the first ``Attendance-Devices`` bytes; None when the
    header is missing: an unsigned page, refused by the service) and its bundle lines."""
    if declared is None:
        return None, body
    if not declared.isdigit() or int(declared) > len(body):
        raise HubError(tr("The page was refused: its Attendance-Devices header does not fit its body."))
    return body[:int(declared)], body[int(declared):]


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(tr("The request is larger than the hub accepts ({limit} bytes).", limit=limit))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(tr("The request is larger than the hub accepts ({limit} bytes).", limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def serve(database_url: str, *, host: str = "127.0.0.1", port: int = 8750, workers: int = 1,
          ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> None:
    """Run the hub under uvicorn (``workers`` processes, each with its own pool) until stopped."""
    import uvicorn

    os.environ[DATABASE_VARIABLE] = database_url
    uvicorn.run("attendance.hub.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile, log_level="warning")
