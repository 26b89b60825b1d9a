"""JSON codec for the neutral action and message dataclasses (what the outbox stores).

Dataclasses are written as objects tagged with ``"$t"`` (the class name); tuples become lists
and are read back as tuples (every sequence field in the neutral model is a tuple); bytes
(image data) are base64; timedeltas are seconds. Only the classes registered here decode, so a
stored row can never name an arbitrary class.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import timedelta
from typing import Any

from bot import actions, messages

_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for module in (actions, messages)
    for cls in vars(module).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
}


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"$t": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = _to_json(getattr(value, f.name))
        return out
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_json(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, timedelta):
        return {"$td": value.total_seconds()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def _from_json(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    if isinstance(value, dict):
        if "$t" in value:
            cls = _CLASSES.get(value["$t"])
            if cls is None:
                raise ValueError(f"unknown type {value['$t']!r} in stored action")
            return cls(**{k: _from_json(v) for k, v in value.items() if k != "$t"})
        if "$b64" in value:
            return base64.b64decode(value["$b64"])
        if "$td" in value:
            return timedelta(seconds=value["$td"])
        return {k: _from_json(v) for k, v in value.items()}
    return value


def encode(action: actions.Action) -> str:
    return json.dumps(_to_json(action), separators=(",", ":"), ensure_ascii=False)


def decode(data: str) -> actions.Action:
    action = _from_json(json.loads(data))
    if not isinstance(action, actions.Action):
        raise ValueError("stored payload is not an action")
    return action
