"""A small fake of the Telegram Bot API on 127.0.0.1, for driving the real PTB application over
HTTP through TELEGRAM_API_BASE_URL, as a user and an admin would. It keeps every call the bot
makes, hands out the updates a test queues, and serves uploaded files back."""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field

import tornado.httpserver
import tornado.netutil
import tornado.web

BOT_ID = 777000111
BOT_USERNAME = "hubei_open_economy_test_bot"


@dataclass
class Call:
    method: str
    params: dict
    files: dict = field(default_factory=dict)
    at: float = 0.0         # time.monotonic() when the call came in


def user(uid: int, name: str = "User", lang: str = "zh-hans") -> dict:
    return {"id": uid, "is_bot": False, "first_name": name, "language_code": lang}


def private_chat(uid: int) -> dict:
    return {"id": uid, "type": "private", "first_name": "User"}


def group_chat(cid: int = -100200300) -> dict:
    return {"id": cid, "type": "group", "title": "Test group"}


class FakeBotAPI:
    def __init__(self, token: str):
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1000)
        self.files: dict[str, tuple[str, bytes]] = {}
        self.changed = asyncio.Event()
        self.server: tornado.httpserver.HTTPServer | None = None
        self.ignore_offset = False          # behave like an emulator that resends every update
        self.root = ""
        self.delay = 0.0                    # seconds each Bot API call (not getUpdates) takes to answer

    # -- server ----------------------------------------------------------------------------
    async def start(self) -> None:
        api = self

        class MethodHandler(tornado.web.RequestHandler):
            async def post(self, token: str, method: str) -> None:
                await api._dispatch(self, token, method)

            async def get(self, token: str, method: str) -> None:
                await api._dispatch(self, token, method)

        class FileHandler(tornado.web.RequestHandler):
            def get(self, token: str, path: str) -> None:
                if token != api.token or path not in api.files:
                    self.set_status(404)
                    return
                self.write(api.files[path][1])

        app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", MethodHandler),
                                       (r"/file/bot([^/]+)/(.+)", FileHandler)])
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.server = tornado.httpserver.HTTPServer(app)
        self.server.add_sockets(sockets)
        self.root = f"http://127.0.0.1:{sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        if self.server:
            self.server.stop()
            await self.server.close_all_connections()

    async def _dispatch(self, handler: tornado.web.RequestHandler, token: str, method: str) -> None:
        handler.set_header("Content-Type", "application/json")
        if token != self.token:
            handler.set_status(401)
            handler.write(json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}))
            return
        params, files = self._params(handler.request)
        result = await self._result(method, params, files)
        if method != "getUpdates":
            self.calls.append(Call(method, params, files, time.monotonic()))
            if self.delay:
                await asyncio.sleep(self.delay)     # a round trip to Telegram's servers
            self.changed.set()
        handler.write(json.dumps({"ok": True, "result": result}))

    @staticmethod
    def _params(request) -> tuple[dict, dict]:
        params: dict = {}
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("application/json") and request.body:
            params = json.loads(request.body)
        else:
            for key, values in request.body_arguments.items():
                params[key] = values[0].decode()
            for key, values in request.query_arguments.items():
                params.setdefault(key, values[0].decode())
        for key, value in list(params.items()):
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    params[key] = json.loads(value)
                except json.JSONDecodeError:
                    pass
        files = {k: (v[0]["filename"], v[0]["body"]) for k, v in request.files.items()}
        return params, files

    async def _result(self, method: str, p: dict, files: dict):
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Hubei Bot", "username": BOT_USERNAME,
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
        if method == "getUpdates":
            offset = 0 if self.ignore_offset else int(p.get("offset") or 0)
            deadline = time.monotonic() + min(float(p.get("timeout") or 0), 1.0)
            while True:
                pending = [u for u in self.updates if u["update_id"] >= offset]
                if pending or time.monotonic() >= deadline:
                    return pending[: int(p.get("limit") or 100)]
                await asyncio.sleep(0.01)
        if method in ("sendMessage", "sendDocument", "sendPhoto", "editMessageText"):
            chat_id = int(p.get("chat_id") or 0)
            message = {"message_id": int(p.get("message_id") or next(self.message_ids)), "date": int(time.time()),
                       "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hubei Bot", "username": BOT_USERNAME}}
            if "text" in p:
                message["text"] = p["text"]
            if files and method == "sendPhoto":
                name, body = next(iter(files.values()))
                file_id = f"photo-{len(self.files)}"
                self.files[f"photos/{file_id}"] = (name, body)
                message["photo"] = [{"file_id": file_id, "file_unique_id": file_id, "width": 960, "height": 600,
                                     "file_size": len(body)}]
                message["caption"] = p.get("caption", "")
            elif files:
                name, body = next(iter(files.values()))
                file_id = f"sent-{len(self.files)}"
                self.files[f"documents/{file_id}"] = (name, body)
                message["document"] = {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                                       "file_size": len(body)}
                message["caption"] = p.get("caption", "")
            if "reply_markup" in p:
                message["reply_markup"] = p["reply_markup"]
            return message
        if method == "getFile":
            file_id = p["file_id"]
            path = next((path for path in self.files if path.endswith("/" + file_id)), None)
            if path is None:
                return {"file_id": file_id, "file_unique_id": file_id}
            return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files[path][1]),
                    "file_path": path}
        if method == "getMyCommands":
            return []
        return True

    # -- what a user does -------------------------------------------------------------------
    def _push(self, update: dict) -> dict:
        update["update_id"] = next(self.update_ids)
        self.updates.append(update)
        return update

    def send_text(self, text: str, uid: int = 1001, chat: dict | None = None, reply_to_bot: bool = False,
                  lang: str = "zh-hans") -> dict:
        message = {"message_id": next(self.message_ids), "date": int(time.time()), "from": user(uid, lang=lang),
                   "chat": chat or private_chat(uid), "text": text}
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to_bot:
            message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "chat": message["chat"],
                                           "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hubei Bot"},
                                           "text": "earlier answer"}
        return self._push({"message": message})

    async def reply_to(self, text: str, method: str = "sendMessage", **options) -> Call:
        """Send a text message (with send_text's options); the first `method` call the bot made after it."""
        since = self.mark()
        self.send_text(text, **options)
        return (await self.wait(method, since))[0]

    def press(self, data: str, uid: int = 1001, lang: str = "zh-hans") -> dict:
        message = {"message_id": next(self.message_ids), "date": int(time.time()), "chat": private_chat(uid),
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hubei Bot"}, "text": "answer"}
        return self._push({"callback_query": {"id": str(next(self.message_ids)), "from": user(uid, lang=lang),
                                              "chat_instance": "ci-1", "data": data, "message": message}})

    def inline(self, query: str, uid: int = 1001) -> dict:
        return self._push({"inline_query": {"id": str(next(self.message_ids)), "from": user(uid), "query": query,
                                            "offset": ""}})

    def send_document(self, name: str, content: bytes, uid: int = 1001, caption: str = "") -> dict:
        file_id = f"upload-{len(self.files)}"
        self.files[f"documents/{file_id}"] = (name, content)
        message = {"message_id": next(self.message_ids), "date": int(time.time()), "from": user(uid),
                   "chat": private_chat(uid), "caption": caption,
                   "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                                "file_size": len(content)}}
        return self._push({"message": message})

    # -- what the bot did -------------------------------------------------------------------
    def mark(self) -> int:
        return len(self.calls)

    async def wait(self, method: str, since: int, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls of `method` made after `since`, once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls[since:] if c.method == method]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                made = [c.method for c in self.calls[since:]]
                raise AssertionError(f"no {count} {method} call(s) within {timeout}s; calls made: {made}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), timeout=0.2)
            except asyncio.TimeoutError:
                pass

    async def quiet(self, since: int, seconds: float = 0.6) -> list[Call]:
        """Wait a moment and return the calls made meanwhile (to check the bot said nothing)."""
        await asyncio.sleep(seconds)
        return self.calls[since:]
