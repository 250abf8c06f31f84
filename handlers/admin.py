"""Admin commands (who is an admin, editing facts from Telegram): see the admin issue."""
from __future__ import annotations

# (command, Chinese description, English description), in menu order.
ADMIN_COMMANDS: list[tuple[str, str, str]] = []


def register(application) -> None:
    """Add the admin handlers to the application."""


async def set_admin_commands(application) -> None:
    """Show the admin commands in admins' command menus only."""
