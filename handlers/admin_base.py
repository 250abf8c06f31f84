"""What every admin handler needs (texts, who acts, confirmation buttons, name=value parsing, the
rights check), in one module that admin.py, addfact.py and bulk.py import, so they need not import
each other."""
from __future__ import annotations

import re
import secrets
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from knowledge import ValidationError

from .common import Services, send_html, services

T = {
    "refused": {"zh": "抱歉，这个命令只有管理员可以用。", "en": "Sorry, only admins can use this command."},
    "owners": {"zh": "只有所有者（BOT_ADMIN_IDS）可以管理管理员。",
               "en": "Only owners (BOT_ADMIN_IDS) can manage admins."},
    "usage_edit": {"zh": "用法：/editfact 编号 字段 新值\n可改字段：{fields}",
                   "en": "Usage: /editfact ID field value\nFields: {fields}"},
    "usage_id": {"zh": "用法：/{cmd} 编号", "en": "Usage: /{cmd} ID"},
    "usage_admin": {"zh": "用法：/{cmd} 用户数字ID", "en": "Usage: /{cmd} numeric_user_id"},
    "usage_source": {"zh": "用法：/addsource id=... publication_zh=... publication_en=... title=... "
                           "date=YYYY-MM-DD [page=..] [title_en=..]",
                     "en": "Usage: /addsource id=... publication_zh=... publication_en=... title=... "
                           "date=YYYY-MM-DD [page=..] [title_en=..]"},
    "preview_edit": {"zh": "<b>修改预览</b> {id}\n字段：{field}\n原值：{before}\n新值：{after}{also}\n确认吗？",
                     "en": "<b>Edit preview</b> {id}\nField: {field}\nBefore: {before}\n"
                           "After: {after}{also}\nApply it?"},
    "also_changes": {"zh": "同时更新 {field}：\n  原：{before}\n  新：{after}",
                     "en": "Also updates {field}:\n  before: {before}\n  after: {after}"},
    "saved": {"zh": "已保存：{id}。撤销请用 /undo。", "en": "Saved: {id}. /undo reverts it."},
    "deleted": {"zh": "已删除 {id}（可用 /restore {id} 恢复）。",
                "en": "Deleted {id} (/restore {id} brings it back)."},
    "restored": {"zh": "已恢复 {id}。", "en": "Restored {id}."},
    "cancelled": {"zh": "已取消，没有任何改动。", "en": "Cancelled; nothing was changed."},
    "expired": {"zh": "这个确认已失效，请重新操作。", "en": "That confirmation has expired; please start again."},
    "undone": {"zh": "已撤销你对 {id} 的上一次修改（{action}）。", "en": "Undid your last change to {id} ({action})."},
    "undone_batch": {"zh": "已整批撤销 {batch}：{facts} 条数据、{entities} 个实体、{sources} 个来源。",
                     "en": "Undid the whole batch {batch}: {facts} fact(s), {entities} entit(ies), "
                           "{sources} source(s)."},
    "no_history": {"zh": "{id} 没有修改记录。", "en": "No history for {id}."},
    "source_added": {"zh": "已添加来源 {id}。", "en": "Added source {id}."},
    "usage_alias": {"zh": "用法：/addalias 实体编号或名称 别名1|别名2", "en": "Usage: /addalias ENTITY alias1|alias2"},
    "alias_added": {"zh": "已更新 {id} 的名称：{names}", "en": "Names of {id} now: {names}"},
    "admin_added": {"zh": "已添加管理员 {id}。", "en": "Added admin {id}."},
    "admin_exists": {"zh": "{id} 已经是管理员。", "en": "{id} is already an admin."},
    "admin_removed": {"zh": "已移除管理员 {id}。", "en": "Removed admin {id}."},
    "admin_missing": {"zh": "{id} 不是管理员（所有者请在 BOT_ADMIN_IDS 里改）。",
                      "en": "{id} is not an admin (owners are changed in BOT_ADMIN_IDS)."},
    "admins": {"zh": "<b>所有者</b>：{owners}\n<b>管理员</b>：{admins}",
               "en": "<b>Owners</b>: {owners}\n<b>Admins</b>: {admins}"},
    "not_saved": {"zh": "没有保存：\n{problems}", "en": "Not saved:\n{problems}"},
    "yes": {"zh": "✅ 确认", "en": "✅ Apply"},
    "no": {"zh": "❌ 取消", "en": "❌ Cancel"},
}


def actor(update: Update) -> str:
    return f"tg:{update.effective_user.id}"


def problems_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(f"• {escape(f)}: {escape(m)}" for f, m in exc.problems)
    return f"• {escape(str(exc))}"


async def not_saved(message, lang: str, exc: Exception) -> None:
    """Say that nothing was saved, and why, field by field."""
    await send_html(message, T["not_saved"][lang].format(problems=problems_text(exc)))


def confirm_keyboard(token: str, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(T["yes"][lang], callback_data=f"ac:{token}:yes"),
                                  InlineKeyboardButton(T["no"][lang], callback_data=f"ac:{token}:no")]])


def remember(svc: Services, update: Update, **action) -> str:
    """Keep an action until its admin confirms it; return the token for the buttons."""
    token = secrets.token_hex(4)
    svc.pending[token] = {"user": update.effective_user.id, **action}
    if len(svc.pending) > 500:
        svc.pending.pop(next(iter(svc.pending)))
    return token


def parse_pairs(text: str) -> dict[str, str]:
    """'id=x title=开放 新高地 date=2025-01-01' -> {'id': 'x', 'title': '开放 新高地', 'date': '2025-01-01'}."""
    pairs: dict[str, str] = {}
    for chunk in re.split(r"\s+(?=[a-z_]+=)", text.strip()):
        if "=" not in chunk:
            raise ValidationError([(chunk[:30], "write fields as name=value")])
        key, value = chunk.split("=", 1)
        pairs[key.strip()] = value.strip()
    return pairs


def command_text(update: Update) -> str:
    """The message text after the command word."""
    text = update.effective_message.text or ""
    return text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""


def still_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the user is an admin now: rights are checked at every step, not only at the start."""
    user = update.effective_user
    return services(context).is_admin(user.id if user else None)
